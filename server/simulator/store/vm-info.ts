import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { type Db, stmt } from './open-database';
import type { DiskRow, EipRow, VmRow } from './vm-rows';

interface VmDetailRow extends VmRow {
  email: string | null;
  project_name: string | null;
  vm_type_alias: string | null;
  set_arch: string | null;
  set_id: string | null;
  vpc_name: string | null;
  subnet_name: string | null;
  wan_sg_name: string | null;
  lan_sg_name: string | null;
}

const DETAIL_SQL = `SELECT v.*, a.email, p.name AS project_name, t.alias AS vm_type_alias, t.set_arch, t.set_id,
  vpc.name AS vpc_name, s.name AS subnet_name, wsg.name AS wan_sg_name, lsg.name AS lan_sg_name
  FROM vms v
  LEFT JOIN accounts a ON a.company_id = v.company_id
  LEFT JOIN projects p ON p.project_id = v.project_id
  LEFT JOIN vm_types t ON t.region = v.region AND t.vm_type = v.vm_type
  LEFT JOIN vpcs vpc ON vpc.vpc_id = v.vpc_id
  LEFT JOIN subnets s ON s.subnet_id = v.subnet_id
  LEFT JOIN security_groups wsg ON wsg.sg_id = v.wan_sg_id
  LEFT JOIN security_groups lsg ON lsg.sg_id = v.lan_sg_id`;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Full VMInstanceInfo records for a page of VM ids, in the order given. */
export function vmInfos(db: Db, vmIds: readonly string[]): VMInstanceInfo[] {
  if (vmIds.length === 0) return [];
  const marks = placeholders(vmIds.length);
  const rows = stmt(db, `${DETAIL_SQL} WHERE v.vm_id IN (${marks})`).all(...vmIds) as VmDetailRow[];
  const disks = stmt(db, `SELECT * FROM disks WHERE vm_id IN (${marks}) ORDER BY drive`).all(...vmIds) as DiskRow[];
  const eips = stmt(db, `SELECT * FROM eips WHERE bind_resource_id IN (${marks}) ORDER BY created_at, eip_id`).all(
    ...vmIds,
  ) as EipRow[];
  const byId = new Map(rows.map((r) => [r.vm_id, r]));
  return vmIds.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toInfo(r, disks.filter((d) => d.vm_id === id), eips.filter((e) => e.bind_resource_id === id))] : [];
  });
}

function toInfo(r: VmDetailRow, disks: DiskRow[], eips: EipRow[]): VMInstanceInfo {
  const suffix = r.vm_id.replace(/^vm-/, '');
  return {
    Region: r.region,
    CompanyID: r.company_id,
    Email: r.email ?? '',
    ProjectID: r.project_id ?? '',
    ProjectName: r.project_name ?? '',
    State: r.state,
    VMID: r.vm_id,
    VMType: r.vm_type,
    VMTypeAlias: r.vm_type_alias ?? '',
    SetID: r.set_id ?? '',
    SetArch: r.set_arch ?? '',
    HostIP: r.host_ip,
    ImageID: r.image_id,
    OSName: r.os_name,
    OSType: r.os_type,
    Remark: r.remark,
    Name: r.name,
    CreateTime: r.create_time,
    ChargeType: r.charge_type,
    ExpireTime: r.expire_time,
    CPU: r.cpu,
    Memory: r.memory,
    GPU: r.gpu,
    DiskInfos: disks.map((d) => ({
      Type: d.type,
      DiskID: d.disk_id,
      Name: d.name,
      Drive: d.drive,
      Size: d.size,
      IsElastic: d.is_elastic,
      StorageSetType: d.storage_type,
    })),
    IPInfos: [
      {
        IP: r.private_ip,
        Type: 'Private',
        IPVersion: 'IPv4',
        SGID: r.lan_sg_id ?? '',
        SGName: r.lan_sg_name ?? '',
        InterfaceID: `nic-${suffix}`,
        IsElastic: 'N',
        IPID: `ip-${suffix}`,
        ISDefaultGW: 0,
        NicType: 'LAN',
      },
      ...eips.map((e) => ({
        IP: e.ip,
        Type: 'Public',
        IPVersion: e.ip_version,
        SGID: r.wan_sg_id ?? '',
        SGName: r.wan_sg_name ?? '',
        InterfaceID: `nic-${e.eip_id.replace(/^eip-/, '')}`,
        IsElastic: 'Y',
        IPID: e.eip_id,
        ISDefaultGW: e.is_default_gw,
        NicType: 'WAN',
      })),
    ],
    VPCID: r.vpc_id,
    VPCName: r.vpc_name ?? '',
    SubnetID: r.subnet_id,
    SubnetName: r.subnet_name ?? '',
    UpdateTime: r.update_time,
  };
}
