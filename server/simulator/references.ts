import { containsAdministratorRun } from '../../contract/fields';
import { RetCode, SimError } from './retcode';
import { type Db, stmt } from './store/open-database';

export interface ImageRow {
  image_id: string;
  company_id: number | null;
  region: string | null;
  name: string;
  image_type: string;
  os_type: string;
  os_name: string;
  os_distribution: string;
  set_arch: string;
  image_size: number;
  image_status: string;
}

export interface VmTypeRow {
  vm_type: string;
  alias: string;
  set_arch: string;
  set_id: string;
}

/** Owned by the tenant in scope; an admin without CompanyID (undefined) may use anyone's. */
function visible(owner: number | null, companyId: number | undefined): boolean {
  return companyId === undefined || owner === companyId;
}

export function requireVmType(db: Db, region: string, vmType: string): VmTypeRow {
  const row = stmt(db, 'SELECT * FROM vm_types WHERE region = ? AND vm_type = ?').get(region, vmType) as VmTypeRow | undefined;
  if (!row) throw new SimError(RetCode.NotFound, `VMType ${vmType} not found in ${region}`);
  return row;
}

export function requireStorageType(db: Db, region: string, storageType: string, param: string): { price_gb_month: number } {
  const row = stmt(db, 'SELECT price_gb_month FROM storage_types WHERE region = ? AND storage_type = ?').get(region, storageType) as
    | { price_gb_month: number }
    | undefined;
  if (!row) throw new SimError(RetCode.NotFound, `${param} ${storageType} not found in ${region}`);
  return row;
}

/** Base images are shared; custom images belong to one tenant. */
export function requireImage(db: Db, region: string, imageId: string, companyId: number | undefined): ImageRow {
  const row = stmt(db, 'SELECT * FROM images WHERE image_id = ?').get(imageId) as ImageRow | undefined;
  const shared = row?.company_id === null;
  if (!row || (row.region !== null && row.region !== region) || (!shared && !visible(row.company_id, companyId))) {
    throw new SimError(RetCode.ImageNotFound, `Image ${imageId} not found in ${region}`);
  }
  if (row.image_status !== 'Available') {
    throw new SimError(RetCode.ImageState, `Image ${imageId} is ${row.image_status}, not Available`);
  }
  return row;
}

/** Only the CPU/memory(/GPU) combinations the VM type offers can be bought (1015 otherwise). */
export function requireOfferedSpec(db: Db, region: string, vmType: string, cpu: number, memory: number, gpu: number): void {
  const offered = stmt(db, 'SELECT 1 FROM specs WHERE region = ? AND vm_type = ? AND cpu = ? AND memory = ? AND gpu = ?').get(
    region, vmType, cpu, memory, gpu,
  );
  if (offered) return;
  const hasGpu = stmt(db, 'SELECT 1 FROM specs WHERE region = ? AND vm_type = ? AND gpu > 0').get(region, vmType);
  if (gpu > 0 && !hasGpu) throw new SimError(RetCode.SpecNotOffered, `VMType ${vmType} offers no GPU`);
  const what = `${cpu} CPU / ${memory} MB${gpu > 0 ? ` / ${gpu} GPU` : ''}`;
  throw new SimError(RetCode.SpecNotOffered, `Spec ${what} is not offered on VMType ${vmType}`);
}

export function checkWindowsPassword(osType: string, password: string | undefined): void {
  if (password !== undefined && osType === 'Windows' && containsAdministratorRun(password)) {
    throw new SimError(RetCode.PasswordComplexity, 'Parameter Password invalid: validation.password.windows');
  }
}

export function requireBootDiskFits(image: ImageRow, bootDiskSpace: number): void {
  if (bootDiskSpace < image.image_size) {
    throw new SimError(
      RetCode.BootDiskTooSmall,
      `BootDiskSpace ${bootDiskSpace} GB is smaller than image ${image.image_id} (${image.image_size} GB)`,
    );
  }
}

interface Owned {
  company_id: number;
  region: string;
}

/** A per-tenant network resource (VPC, subnet, security group) the caller may use. */
export function requireOwned<T extends Owned>(
  db: Db,
  sql: string,
  id: string,
  scope: { region: string; companyId: number | undefined },
  notFound: { code: number; what: string },
): T {
  const row = stmt(db, sql).get(id) as T | undefined;
  if (!row || row.region !== scope.region || !visible(row.company_id, scope.companyId)) {
    throw new SimError(notFound.code, `${notFound.what} ${id} not found in ${scope.region}`);
  }
  return row;
}
