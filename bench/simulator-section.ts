import { rmSync } from 'node:fs';
import { buildSimulator } from '../server/simulator/app';
import { seedManyVms } from '../server/simulator/seed-many';
import { call } from '../server/simulator/sim-test-client';
import { row, type BenchRow } from './bench-row';
import { WORK_DIR } from './stack-process';
import { median, percentile, timeEach } from './stats';

const SECTION = 'Simulator';
const VM_COUNT = 100_000;
const REQUESTS = 200;
/** A case stops early after this long, so a slow query on a busy machine cannot stall the whole run. */
const CASE_BUDGET_MS = 10_000;

interface Case {
  label: string;
  params: Record<string, unknown>;
  /** What a correct answer's TotalCount must be at least. */
  minTotal: number;
}

const CASES: Case[] = [
  { label: 'first page (Limit 20)', params: { Limit: 20 }, minTotal: VM_COUNT },
  { label: 'deep page (Offset 99,900)', params: { Offset: 99_900, Limit: 20 }, minTotal: VM_COUNT },
  { label: 'keyword search (Keyword bench-4242)', params: { Keyword: 'bench-4242', Limit: 20 }, minTotal: 11 },
  { label: 'broad keyword (Keyword bench-9)', params: { Keyword: 'bench-9', Limit: 20 }, minTotal: 11_111 },
  { label: 'short keyword (Keyword 42)', params: { Keyword: '42', Limit: 20 }, minTotal: 100 },
  { label: 'VMIDs (3 ids)', params: { VMIDs: ['vm-b0000001', 'vm-b00000gn', 'vm-b0000zzz'], Limit: 20 }, minTotal: 3 },
  { label: 'state filter (States.0=Running)', params: { States: ['Running'], Limit: 20 }, minTotal: VM_COUNT * 0.7 },
  { label: 'state filter, deep page (Offset 50,000)', params: { States: ['Running'], Offset: 50_000, Limit: 20 }, minTotal: VM_COUNT * 0.7 },
];

/** DescribeVMInstance against a store of 100,000 VMs, in process (app.inject: no socket in the figure). */
export async function simulatorSection(): Promise<BenchRow[]> {
  const dataDir = `${WORK_DIR}/sim-100k`;
  rmSync(dataDir, { recursive: true, force: true });
  const sim = await buildSimulator({ dataDir, seed: true });
  try {
    const start = performance.now();
    seedManyVms(sim.db, { companyId: 200000001, region: 'cn-bj2', count: VM_COUNT });
    const rows: BenchRow[] = [row(SECTION, `bulk-load ${VM_COUNT.toLocaleString('en-US')} VMs`, (performance.now() - start) / 1000, 's')];
    for (const c of CASES) {
      const check = await call(sim.app, 'tenant', 'DescribeVMInstance', c.params);
      const total = Number(check.TotalCount);
      if (check.RetCode !== 0 || !(total >= c.minTotal)) throw new Error(`${c.label}: RetCode ${check.RetCode}, TotalCount ${total}`);
      await timeEach(10, async () => void (await call(sim.app, 'tenant', 'DescribeVMInstance', c.params)));
      const deadline = performance.now() + CASE_BUDGET_MS;
      const times: number[] = [];
      while (times.length < REQUESTS && performance.now() < deadline) {
        const t0 = performance.now();
        await call(sim.app, 'tenant', 'DescribeVMInstance', c.params);
        times.push(performance.now() - t0);
      }
      rows.push(row(SECTION, `${c.label} p50`, median(times), 'ms', { note: `${times.length} requests, TotalCount ${total}` }));
      rows.push(row(SECTION, `${c.label} p99`, percentile(times, 99), 'ms'));
    }
    return rows;
  } finally {
    await sim.close();
  }
}
