import { createHash } from 'node:crypto';
import { newId } from '../ids';
import type { Db } from './open-database';
import { expireTime, insertDisk, insertEip, insertVm, searchText } from './vm-rows';

export interface NewVm {
  vmId?: string;
  companyId: number;
  region: string;
  projectId: string | null;
  name: string;
  remark: string;
  state: string;
  /** With settlesAtMs: the state the VM reaches when its transition settles. */
  targetState: string | null;
  settlesAtMs: number | null;
  vmType: string;
  image: { image_id: string; os_name: string; os_type: string };
  cpu: number;
  memory: number;
  gpu: number;
  chargeType: string;
  quantity: number;
  createTime: number;
  vpcId: string;
  subnetId: string;
  privateIp: string;
  wanSgId: string | null;
  lanSgId: string | null;
  passwordHash: string;
  bootDisk: { size: number; storageType: string };
  dataDisk?: { size: number; storageType: string };
  eip?: { ip: string; ipVersion: string; bandwidth: number; operatorName: string };
}

/** A stable, plausible hypervisor address for the VM. */
function hostIp(vmId: string): string {
  const h = createHash('sha1').update(vmId).digest();
  return `172.16.${h[0] % 4}.${10 + (h[1] % 40)}`;
}

/** Inserts a VM with its boot disk, and the data disk and EIP created with it. Call inside a transaction. */
export function createVmRecords(db: Db, vm: NewVm): { vmId: string; diskId?: string; eipId?: string } {
  const vmId = vm.vmId ?? newId('vm');
  const ips = [vm.privateIp, ...(vm.eip ? [vm.eip.ip] : [])];
  insertVm(db, {
    vm_id: vmId,
    company_id: vm.companyId,
    region: vm.region,
    project_id: vm.projectId,
    name: vm.name,
    remark: vm.remark,
    state: vm.state,
    target_state: vm.targetState,
    settles_at: vm.settlesAtMs,
    vm_type: vm.vmType,
    image_id: vm.image.image_id,
    os_name: vm.image.os_name,
    os_type: vm.image.os_type,
    cpu: vm.cpu,
    memory: vm.memory,
    gpu: vm.gpu,
    charge_type: vm.chargeType,
    quantity: vm.quantity,
    create_time: vm.createTime,
    update_time: vm.createTime,
    expire_time: expireTime(vm.createTime, vm.chargeType, vm.quantity),
    vpc_id: vm.vpcId,
    subnet_id: vm.subnetId,
    private_ip: vm.privateIp,
    wan_sg_id: vm.wanSgId,
    lan_sg_id: vm.lanSgId,
    host_ip: hostIp(vmId),
    password_hash: vm.passwordHash,
    search_text: searchText(vm.name, vmId, ips),
  });
  const common = { company_id: vm.companyId, region: vm.region, vm_id: vmId, created_at: vm.createTime };
  insertDisk(db, {
    ...common,
    disk_id: newId('disk'),
    type: 'Boot',
    name: `${vm.name}-boot`,
    drive: 'vda',
    size: vm.bootDisk.size,
    storage_type: vm.bootDisk.storageType,
    is_elastic: 'N',
  });
  let diskId: string | undefined;
  if (vm.dataDisk) {
    diskId = newId('disk');
    insertDisk(db, {
      ...common,
      disk_id: diskId,
      type: 'Data',
      name: `${vm.name}-data`,
      drive: 'vdb',
      size: vm.dataDisk.size,
      storage_type: vm.dataDisk.storageType,
      is_elastic: 'Y',
    });
  }
  let eipId: string | undefined;
  if (vm.eip) {
    eipId = newId('eip');
    insertEip(db, {
      eip_id: eipId,
      company_id: vm.companyId,
      region: vm.region,
      ip: vm.eip.ip,
      ip_version: vm.eip.ipVersion,
      bandwidth: vm.eip.bandwidth,
      operator_name: vm.eip.operatorName,
      status: 'Bound',
      bind_resource_id: vmId,
      // The VM's only public IP is its default egress.
      is_default_gw: 1,
      created_at: vm.createTime,
    });
  }
  return { vmId, diskId, eipId };
}
