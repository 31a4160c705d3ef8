import { hashPassword } from '../password-hash';
import { allocatePrivateIp, allocatePublicIp } from '../vm-network';
import { BASE_IMAGES } from './seed-catalogue';
import { createVmRecords } from './create-vm-records';
import type { Db } from './open-database';
import { insertEip } from './vm-rows';
import { DEMO_VMS } from './demo-vms';

const TENANTS = [
  { companyId: 200000001, tag: 'demo', octet: 10 },
  { companyId: 200000002, tag: 'othr', octet: 20 },
];
const REGION_TAGS = [
  { region: 'cn-bj2', tag: 'bj2' },
  { region: 'cn-sh2', tag: 'sh2' },
];
const DAY = 86400;

const WAN_RULES = [
  { Direction: 'IN', Protocol: 'TCP', Port: '22', RemoteIP: '0.0.0.0/0', Action: 'ACCEPT', Priority: 'HIGH' },
  { Direction: 'IN', Protocol: 'TCP', Port: '3389', RemoteIP: '0.0.0.0/0', Action: 'ACCEPT', Priority: 'HIGH' },
  { Direction: 'IN', Protocol: 'ICMP', Port: '', RemoteIP: '0.0.0.0/0', Action: 'ACCEPT', Priority: 'MEDIUM' },
  { Direction: 'OUT', Protocol: 'ALL', Port: '', RemoteIP: '0.0.0.0/0', Action: 'ACCEPT', Priority: 'LOW' },
];

/**
 * The demo world (SIM_SEED): per tenant and region a VPC with two subnets, a WAN and a LAN security
 * group and three free EIPs; a custom image per tenant; a dozen VMs in cn-bj2 in several states (web-02 with
 * two EIPs, so its default gateway can be changed).
 * Ids are fixed so e2e tests and docs can name them.
 */
export function seedDemo(db: Db, nowMs: number): void {
  const now = Math.floor(nowMs / 1000);
  const vpc = db.prepare('INSERT INTO vpcs VALUES (?, ?, ?, ?, ?, \'Available\', ?)');
  const subnet = db.prepare('INSERT INTO subnets VALUES (?, ?, ?, ?, ?, ?, \'Available\', ?)');
  const sg = db.prepare('INSERT INTO security_groups VALUES (?, ?, ?, ?, \'Available\', ?, ?)');
  const image = db.prepare(`INSERT INTO images VALUES (?, ?, 'cn-bj2', ?, 'Custom', 'Linux', 'CentOS 7.4 64-bit', 'CentOS',
    'x86_64', 20, 'Available', ?)`);
  TENANTS.forEach((t, ti) => {
    image.run(`cn-image-custom-${t.tag}`, t.companyId, `${t.tag === 'demo' ? 'Demo' : 'Other'} web server`, now - 30 * DAY);
    REGION_TAGS.forEach((r, ri) => {
      const id = `${t.tag}${r.tag}`;
      const net = `10.${t.octet + ri}`;
      const created = now - (60 - ti * 2 - ri) * DAY;
      vpc.run(`vpc-${id}`, t.companyId, r.region, `${t.tag}-vpc-${r.tag}`, `${net}.0.0/16`, created);
      subnet.run(`subnet-${id}1`, `vpc-${id}`, t.companyId, r.region, `${t.tag}-app`, `${net}.1.0/24`, created);
      subnet.run(`subnet-${id}2`, `vpc-${id}`, t.companyId, r.region, `${t.tag}-data`, `${net}.2.0/24`, created + 1);
      sg.run(`sg-${id}w`, t.companyId, r.region, `${t.tag}-wan`, JSON.stringify(WAN_RULES), created);
      const lanRules = [{ Direction: 'IN', Protocol: 'ALL', Port: '', RemoteIP: `${net}.0.0/16`, Action: 'ACCEPT', Priority: 'HIGH' }];
      sg.run(`sg-${id}l`, t.companyId, r.region, `${t.tag}-lan`, JSON.stringify(lanRules), created + 1);
      for (let i = 1; i <= 3; i++) {
        const { ip, operatorName } = allocatePublicIp(db, r.region, { ipVersion: 'IPv4' });
        insertEip(db, {
          eip_id: `eip-${id}${i}`, company_id: t.companyId, region: r.region, ip, ip_version: 'IPv4', bandwidth: 2,
          operator_name: operatorName, status: 'Free', bind_resource_id: null, is_default_gw: 0, created_at: created + i,
        });
      }
    });
  });
  seedVms(db, now);
}

/** A second, non-default EIP bound to a seeded VM (created just after the VM's own). */
function bindSecondEip(db: Db, vmId: string, companyId: number, createdAt: number): void {
  const { ip, operatorName } = allocatePublicIp(db, 'cn-bj2', { ipVersion: 'IPv4' });
  insertEip(db, {
    eip_id: `eip-${vmId.slice(3)}b`, company_id: companyId, region: 'cn-bj2', ip, ip_version: 'IPv4', bandwidth: 5,
    operator_name: operatorName, status: 'Bound', bind_resource_id: vmId, is_default_gw: 0, created_at: createdAt + 1,
  });
  // A search by this IP finds the VM too.
  db.prepare("UPDATE vms SET search_text = search_text || ' ' || ? WHERE vm_id = ?").run(ip, vmId);
}

function seedVms(db: Db, now: number): void {
  const passwordHash = hashPassword('Demo-Pass123');
  const images = new Map(BASE_IMAGES.map((b) => [b.id, { image_id: b.id, os_name: b.osName, os_type: b.osType }]));
  for (const tag of ['demo', 'othr']) {
    images.set(`cn-image-custom-${tag}`, { image_id: `cn-image-custom-${tag}`, os_name: 'CentOS 7.4 64-bit', os_type: 'Linux' });
  }
  for (const v of DEMO_VMS) {
    const t = TENANTS.find((x) => x.tag === v.tenant) ?? TENANTS[0];
    const id = `${t.tag}bj2`;
    const subnetId = `subnet-${id}${v.subnet}`;
    const network = `10.${t.octet}.${v.subnet}.0/24`;
    const image = images.get(v.image);
    if (!image) throw new Error(`seed image ${v.image} missing`);
    const eip = v.eip ? allocatePublicIp(db, 'cn-bj2', { ipVersion: 'IPv4' }) : undefined;
    createVmRecords(db, {
      vmId: v.id, companyId: t.companyId, region: 'cn-bj2', projectId: `prj-${t.companyId}`, name: v.name,
      remark: v.remark ?? '', state: v.state, targetState: null, settlesAtMs: null, vmType: v.gpu ? 'ComputeSetGPU1' : 'ComputeSetBBBB',
      image, cpu: v.cpu, memory: v.memory, gpu: v.gpu ?? 0, chargeType: v.chargeType, quantity: v.quantity ?? 1,
      createTime: now - v.ageDays * DAY, vpcId: `vpc-${id}`, subnetId,
      privateIp: allocatePrivateIp(db, { subnet_id: subnetId, network }), wanSgId: `sg-${id}w`, lanSgId: `sg-${id}l`,
      passwordHash, bootDisk: { size: v.bootDisk ?? 40, storageType: 'StorageSetBBBB' },
      dataDisk: v.dataDisk ? { size: v.dataDisk, storageType: 'StorageSetCCCC' } : undefined,
      eip: eip ? { ip: eip.ip, ipVersion: 'IPv4', bandwidth: 5, operatorName: eip.operatorName } : undefined,
    });
    if (v.secondEip) bindSecondEip(db, v.id, t.companyId, now - v.ageDays * DAY);
  }
}
