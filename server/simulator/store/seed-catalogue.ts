import { DEMO_ACCOUNTS } from '../demo-accounts';
import type { Db } from './open-database';

const REGIONS = [
  { region: 'cn-bj2', alias: 'Beijing 2', pools: ['106.75.100.0/22', '117.50.100.0/24', '2402:e7c0:2::/64'] },
  { region: 'cn-sh2', alias: 'Shanghai 2', pools: ['106.76.100.0/22', '117.51.100.0/24', '2402:e7c0:3::/64'] },
];

const GENERAL_SPECS = [[1, 2048], [2, 4096], [4, 8192], [8, 16384], [16, 32768]];
const GPU_SPECS = [[4, 8192, 1], [8, 16384, 1], [8, 16384, 2], [16, 32768, 2], [16, 32768, 4]];

export const BASE_IMAGES = [
  { id: 'cn-image-centos-74', name: 'CentOS 7.4 64-bit', osType: 'Linux', osName: 'CentOS 7.4 64-bit', dist: 'CentOS', size: 20 },
  { id: 'cn-image-ubuntu-2204', name: 'Ubuntu 22.04 64-bit', osType: 'Linux', osName: 'Ubuntu 22.04 64-bit', dist: 'Ubuntu', size: 20 },
  {
    id: 'cn-image-win-2019', name: 'Windows Server 2019 Datacenter', osType: 'Windows',
    osName: 'Windows Server 2019 Datacenter 64-bit', dist: 'Windows', size: 40,
  },
];

/**
 * What the platform itself provides, seeded even with SIM_SEED=0: the demo accounts (without them no
 * call could be signed), regions, VM types and their specs, storage types, base images and public IP
 * pools. Idempotent.
 */
export function seedCatalogue(db: Db, now: number): void {
  const account = db.prepare(`INSERT OR IGNORE INTO accounts
    (company_id, name, email, is_admin, status, amount, public_key, private_key, created_at)
    VALUES (?, ?, ?, ?, 'Available', ?, ?, ?, ?)`);
  const project = db.prepare('INSERT OR IGNORE INTO projects (project_id, company_id, name) VALUES (?, ?, ?)');
  for (const a of DEMO_ACCOUNTS) {
    const isAdmin = a.account === 'admin' ? 1 : 0;
    account.run(a.companyId, a.label, a.email, isAdmin, isAdmin ? 0 : 10000, a.publicKey, a.privateKey, now);
    if (!isAdmin) project.run(`prj-${a.companyId}`, a.companyId, 'Default project');
  }
  const region = db.prepare(`INSERT OR IGNORE INTO regions (region, alias, state, cpu_count, memory_cap, gpu_count,
    storage_cap, license_state, license_expire_time, sort) VALUES (?, ?, 'Available', 512, 2097152, 32, 200000, 'Valid', ?, ?)`);
  const vmType = db.prepare('INSERT OR IGNORE INTO vm_types (region, vm_type, alias, set_arch, set_id) VALUES (?, ?, ?, ?, ?)');
  const spec = db.prepare('INSERT OR IGNORE INTO specs (region, vm_type, cpu, memory, gpu) VALUES (?, ?, ?, ?, ?)');
  const storage = db.prepare(`INSERT OR IGNORE INTO storage_types (region, storage_type, alias, set_arch, price_gb_month)
    VALUES (?, ?, ?, 'x86_64', ?)`);
  const pool = db.prepare('INSERT OR IGNORE INTO eip_pools (region, operator_name, ip_version, network) VALUES (?, ?, ?, ?)');
  REGIONS.forEach((r, i) => {
    region.run(r.region, r.alias, now + 365 * 86400, i);
    vmType.run(r.region, 'ComputeSetBBBB', 'General', 'x86_64', `set-${r.region}-general`);
    vmType.run(r.region, 'ComputeSetGPU1', 'GPU', 'x86_64', `set-${r.region}-gpu`);
    for (const [cpu, memory] of GENERAL_SPECS) spec.run(r.region, 'ComputeSetBBBB', cpu, memory, 0);
    for (const [cpu, memory, gpu] of GPU_SPECS) spec.run(r.region, 'ComputeSetGPU1', cpu, memory, gpu);
    storage.run(r.region, 'StorageSetBBBB', 'SSD', 0.8);
    storage.run(r.region, 'StorageSetCCCC', 'HDD', 0.35);
    pool.run(r.region, 'Bgp', 'IPv4', r.pools[0]);
    pool.run(r.region, 'Telecom', 'IPv4', r.pools[1]);
    pool.run(r.region, 'Bgp', 'IPv6', r.pools[2]);
  });
  const image = db.prepare(`INSERT OR IGNORE INTO images (image_id, company_id, region, name, image_type, os_type, os_name,
    os_distribution, set_arch, image_size, image_status, created_at) VALUES (?, NULL, NULL, ?, 'Base', ?, ?, ?, 'x86_64', ?, 'Available', ?)`);
  BASE_IMAGES.forEach((b, i) => image.run(b.id, b.name, b.osType, b.osName, b.dist, b.size, now + i));
}
