import { intToIp } from '../../contract/ipv4';
import { parseCidr } from './ipv4';
import type { Db } from './store/open-database';
import { bulkInsertVms } from './store/vm-search-schema';
import { searchText } from './store/vm-rows';

export interface SeedManyOptions {
  companyId: number;
  region: string;
  count: number;
}

export interface SeedManyResult {
  vpcId: string;
  subnetId: string;
  /** How many of the new VMs are in each state: every 20th Failed, 5 in 20 Stopped, the rest Running. */
  states: { Running: number; Stopped: number; Failed: number };
}

const BENCH_NETWORK = '10.128.0.0/9';
const BATCH = 100;

function stateOf(n: number): 'Running' | 'Stopped' | 'Failed' {
  const r = n % 20;
  return r === 0 ? 'Failed' : r <= 5 ? 'Stopped' : 'Running';
}

/**
 * Bulk-loads `count` VMs (with boot disks) for one tenant in one transaction, for benchmarks: 100,000
 * take seconds. They live in a bench VPC/subnet (10.128.0.0/9) so their private IPs are real and
 * unique; ids are `vm-b` plus a base-36 counter that continues across calls. Names are `bench-N`.
 */
export function seedManyVms(db: Db, opts: SeedManyOptions): SeedManyResult {
  const { companyId, region, count } = opts;
  const tag = `bench${companyId}${region}`.replace(/[^a-z0-9]/gi, '');
  const vpcId = `vpc-${tag}`;
  const subnetId = `subnet-${tag}`;
  const states = { Running: 0, Stopped: 0, Failed: 0 };
  const now = Math.floor(Date.now() / 1000);
  bulkInsertVms(db, () => {
    db.prepare(`INSERT OR IGNORE INTO vpcs VALUES (?, ?, ?, 'bench-vpc', ?, 'Available', ?)`).run(vpcId, companyId, region, BENCH_NETWORK, now);
    db.prepare(`INSERT OR IGNORE INTO subnets VALUES (?, ?, ?, ?, 'bench-subnet', ?, 'Available', ?)`).run(
      subnetId, vpcId, companyId, region, BENCH_NETWORK, now,
    );
    const { n: start } = db.prepare("SELECT COUNT(*) AS n FROM vms WHERE vm_id LIKE 'vm-b%' AND length(vm_id) = 11").get() as {
      n: number;
    };
    // Positional parameters in table column order, BATCH rows a statement: binding objects, or one row a
    // statement, spends more time in the driver than SQLite spends inserting.
    const vmRow = `(${Array.from({ length: 29 }, () => '?').join(', ')})`;
    const diskRow = "(?, ?, ?, ?, 'Boot', ?, 'vda', 40, 'StorageSetBBBB', 'N', ?)";
    const statements = (rows: number) => ({
      vm: db.prepare(`INSERT INTO vms VALUES ${Array.from({ length: rows }, () => vmRow).join(', ')}`),
      disk: db.prepare(`INSERT INTO disks VALUES ${Array.from({ length: rows }, () => diskRow).join(', ')}`),
    });
    const full = statements(BATCH);
    const base = parseCidr(BENCH_NETWORK).base + 2;
    const project = `prj-${companyId}`;
    for (let first = 0; first < count; first += BATCH) {
      const rows = Math.min(BATCH, count - first);
      const vms: unknown[] = [];
      const disks: unknown[] = [];
      for (let i = first; i < first + rows; i++) {
        const n = start + i;
        const suffix = n.toString(36).padStart(7, '0');
        const vmId = `vm-b${suffix}`;
        const name = `bench-${n}`;
        const ip = intToIp(base + n);
        const state = stateOf(n);
        states[state]++;
        const t = now - n;
        const size = n % 5;
        vms.push(
          vmId, companyId, region, project, name, '', state, null, null, 'ComputeSetBBBB', 'cn-image-centos-74',
          'CentOS 7.4 64-bit', 'Linux', 1 << size, 2048 << size, 0, 'Dynamic', 1, t, t, 0, vpcId, subnetId, ip, null, null,
          '172.16.9.10', '', searchText(name, vmId, [ip]),
        );
        disks.push(`disk-b${suffix}`, companyId, region, vmId, `${name}-boot`, t);
      }
      const stmts = rows === BATCH ? full : statements(rows);
      stmts.vm.run(...vms);
      stmts.disk.run(...disks);
    }
  });
  return { vpcId, subnetId, states };
}
