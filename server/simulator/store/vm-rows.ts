import { type Db, stmt } from './open-database';

export interface VmRow {
  vm_id: string;
  company_id: number;
  region: string;
  project_id: string | null;
  name: string;
  remark: string;
  state: string;
  target_state: string | null;
  settles_at: number | null;
  vm_type: string;
  image_id: string;
  os_name: string;
  os_type: string;
  cpu: number;
  memory: number;
  gpu: number;
  charge_type: string;
  quantity: number;
  create_time: number;
  update_time: number;
  expire_time: number;
  vpc_id: string;
  subnet_id: string;
  private_ip: string;
  wan_sg_id: string | null;
  lan_sg_id: string | null;
  host_ip: string;
  password_hash: string;
  search_text: string;
}

export interface DiskRow {
  disk_id: string;
  company_id: number;
  region: string;
  vm_id: string | null;
  type: 'Boot' | 'Data';
  name: string;
  drive: string;
  size: number;
  storage_type: string;
  is_elastic: 'Y' | 'N';
  created_at: number;
}

export interface EipRow {
  eip_id: string;
  company_id: number;
  region: string;
  ip: string;
  ip_version: string;
  bandwidth: number;
  operator_name: string;
  status: 'Free' | 'Bound';
  bind_resource_id: string | null;
  is_default_gw: number;
  created_at: number;
}

const VM_COLUMNS = [
  'vm_id', 'company_id', 'region', 'project_id', 'name', 'remark', 'state', 'target_state', 'settles_at', 'vm_type',
  'image_id', 'os_name', 'os_type', 'cpu', 'memory', 'gpu', 'charge_type', 'quantity', 'create_time', 'update_time',
  'expire_time', 'vpc_id', 'subnet_id', 'private_ip', 'wan_sg_id', 'lan_sg_id', 'host_ip', 'password_hash', 'search_text',
] as const;

const INSERT_VM_SQL = `INSERT INTO vms (${VM_COLUMNS.join(', ')}) VALUES (${VM_COLUMNS.map((c) => '@' + c).join(', ')})`;
const INSERT_DISK_SQL = `INSERT INTO disks (disk_id, company_id, region, vm_id, type, name, drive, size, storage_type, is_elastic, created_at)
  VALUES (@disk_id, @company_id, @region, @vm_id, @type, @name, @drive, @size, @storage_type, @is_elastic, @created_at)`;
const INSERT_EIP_SQL = `INSERT INTO eips (eip_id, company_id, region, ip, ip_version, bandwidth, operator_name, status, bind_resource_id, is_default_gw, created_at)
  VALUES (@eip_id, @company_id, @region, @ip, @ip_version, @bandwidth, @operator_name, @status, @bind_resource_id, @is_default_gw, @created_at)`;

export function insertVm(db: Db, row: VmRow): void {
  stmt(db, INSERT_VM_SQL).run(row);
}

export function insertDisk(db: Db, row: DiskRow): void {
  stmt(db, INSERT_DISK_SQL).run(row);
}

export function insertEip(db: Db, row: EipRow): void {
  stmt(db, INSERT_EIP_SQL).run(row);
}

/** Keyword search text: name, id and every IP of the VM, lower case. */
export function searchText(name: string, vmId: string, ips: readonly string[]): string {
  return [name, vmId, ...ips].join(' ').toLowerCase();
}

/** Month/Year VMs expire Quantity months/years after creation; hourly ones never do (0). */
export function expireTime(createTime: number, chargeType: string, quantity: number): number {
  if (chargeType === 'Dynamic') return 0;
  const d = new Date(createTime * 1000);
  if (chargeType === 'Month') d.setUTCMonth(d.getUTCMonth() + quantity);
  else d.setUTCFullYear(d.getUTCFullYear() + quantity);
  return Math.floor(d.getTime() / 1000);
}
