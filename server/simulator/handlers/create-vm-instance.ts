import { seconds, type Handler } from '../handler';
import { hashPassword } from '../password-hash';
import {
  checkWindowsPassword, requireBootDiskFits, requireImage, requireOfferedSpec, requireOwned, requireStorageType, requireVmType,
} from '../references';
import { RetCode, SimError } from '../retcode';
import { createVmRecords } from '../store/create-vm-records';
import { stmt } from '../store/open-database';
import { allocatePrivateIp, allocatePublicIp } from '../vm-network';

const DEFAULT_BANDWIDTH_MBPS = 1;

/** Checks every reference, then creates the VM (Starting, then Running) with its disks and public IP. */
export const createVMInstance: Handler<'CreateVMInstance'> = (ctx) => {
  const { db, params } = ctx;
  const companyId = ctx.companyId;
  if (companyId === undefined) {
    throw new SimError(RetCode.MissingParam, 'CompanyID is required when an admin creates a VM');
  }
  const region = params.Region;
  const scope = { region, companyId };
  requireVmType(db, region, params.VMType);
  const image = requireImage(db, region, params.ImageID, companyId);
  checkWindowsPassword(image.os_type, params.Password);
  const gpu = params.GPU ?? 0;
  requireOfferedSpec(db, region, params.VMType, params.CPU, params.Memory, gpu);
  requireStorageType(db, region, params.BootDiskSetType, 'BootDiskSetType');
  const bootSize = params.BootDiskSpace;
  requireBootDiskFits(image, bootSize);
  const dataSize = params.DataDiskSpace;
  // Older SDKs always send DataDiskSetType; it only matters when a data disk is asked for.
  if (dataSize > 0) {
    if (!params.DataDiskSetType) {
      throw new SimError(RetCode.MissingParam, 'Missing required parameter DataDiskSetType: validation.required');
    }
    requireStorageType(db, region, params.DataDiskSetType, 'DataDiskSetType');
  }
  requireOwned(db, 'SELECT * FROM vpcs WHERE vpc_id = ?', params.VPCID, scope, { code: RetCode.VpcNotFound, what: 'VPC' });
  const subnet = requireOwned<{ company_id: number; region: string; subnet_id: string; vpc_id: string; network: string }>(
    db, 'SELECT * FROM subnets WHERE subnet_id = ?', params.SubnetID, scope, { code: RetCode.SubnetNotFound, what: 'Subnet' },
  );
  if (subnet.vpc_id !== params.VPCID) {
    throw new SimError(RetCode.SubnetNotFound, `Subnet ${params.SubnetID} is not in VPC ${params.VPCID}`);
  }
  const sgSql = 'SELECT * FROM security_groups WHERE sg_id = ?';
  const sgNotFound = { code: RetCode.SecurityGroupNotFound, what: 'Security group' };
  if (params.WANSGID) requireOwned(db, sgSql, params.WANSGID, scope, sgNotFound);
  if (params.LANSGID) requireOwned(db, sgSql, params.LANSGID, scope, sgNotFound);
  if (params.ProjectID) {
    const project = stmt(db, 'SELECT 1 FROM projects WHERE project_id = ? AND company_id = ?').get(params.ProjectID, companyId);
    if (!project) throw new SimError(RetCode.ProjectNotFound, `Project ${params.ProjectID} not found`);
  }
  const wantsPublicIp = params.Bandwidth !== undefined || params.OperatorName !== undefined || params.InternetIP !== undefined;
  const ipVersion = params.IPVersion;

  return db.transaction(() => {
    const privateIp = allocatePrivateIp(db, subnet, params.InternalIP);
    const publicIp = wantsPublicIp
      ? allocatePublicIp(db, region, { operatorName: params.OperatorName, ipVersion, internetIp: params.InternetIP })
      : undefined;
    const created = createVmRecords(db, {
      companyId,
      region,
      projectId: params.ProjectID ?? null,
      name: params.Name,
      remark: params.Remark ?? '',
      state: 'Starting',
      targetState: 'Running',
      settlesAtMs: ctx.nowMs + ctx.transitionMs,
      vmType: params.VMType,
      image,
      cpu: params.CPU,
      memory: params.Memory,
      gpu,
      chargeType: params.ChargeType,
      quantity: params.ChargeType === 'Dynamic' ? 1 : params.Quantity,
      createTime: seconds(ctx.nowMs),
      vpcId: params.VPCID,
      subnetId: params.SubnetID,
      privateIp,
      wanSgId: params.WANSGID ?? null,
      lanSgId: params.LANSGID ?? null,
      passwordHash: hashPassword(params.Password),
      bootDisk: { size: bootSize, storageType: params.BootDiskSetType },
      dataDisk: dataSize > 0 && params.DataDiskSetType ? { size: dataSize, storageType: params.DataDiskSetType } : undefined,
      eip: publicIp
        ? { ip: publicIp.ip, ipVersion, bandwidth: params.Bandwidth ?? DEFAULT_BANDWIDTH_MBPS, operatorName: publicIp.operatorName }
        : undefined,
    });
    return { VMID: created.vmId, DiskID: created.diskId, EIPID: created.eipId };
  })();
};
