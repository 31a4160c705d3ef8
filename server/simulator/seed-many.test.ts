import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from './app';
import { seedManyVms, type SeedManyResult } from './seed-many';
import { call, type Reply } from './sim-test-client';

let sim: Simulator;
let seeded: SeedManyResult;
beforeAll(async () => {
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 50 });
  seeded = seedManyVms(sim.db, { companyId: 200000001, region: 'cn-bj2', count: 100_000 });
}, 60_000);
afterAll(() => sim.close());

const list = (params: Record<string, unknown>) => call(sim.app, 'tenant', 'DescribeVMInstance', params);

describe('DescribeVMInstance with 100,000 VMs', () => {
  it('pages with the right totals', async () => {
    const first = await list({ Limit: 100 });
    expect(first.TotalCount).toBe(100_008);
    expect((first.Infos as Reply[]).length).toBe(100);
    const deep = await list({ Limit: 100, Offset: 99_950, VPCID: seeded.vpcId });
    expect(deep.TotalCount).toBe(100_000);
    expect((deep.Infos as Reply[]).length).toBe(50);
    expect((deep.Infos as Reply[])[49].Name).toBe('bench-99999');
  });

  it('filters by state and keyword', async () => {
    expect((await list({ States: ['Failed'], VPCID: seeded.vpcId })).TotalCount).toBe(seeded.states.Failed);
    expect((await list({ States: ['Running', 'Stopped'], VPCID: seeded.vpcId })).TotalCount).toBe(
      seeded.states.Running + seeded.states.Stopped,
    );
    expect((await list({ Keyword: 'bench-4242' })).TotalCount).toBe(11);
    const byIp = await list({ Keyword: '10.128.0.44' });
    expect((byIp.Infos as Reply[]).map((i) => i.Name)).toContain('bench-42');
    expect((await call(sim.app, 'other', 'DescribeVMInstance', { Keyword: 'bench' })).TotalCount).toBe(0);
  });
});
