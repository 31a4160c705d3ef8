import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSimulator } from './app';
import { call, createParams, waitForState } from './sim-test-client';

const dir = mkdtempSync(join(tmpdir(), 'sim-persist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence across a restart', () => {
  it('keeps every change, and a VM caught mid-transition settles after the restart', async () => {
    // Transitions are deadlines in the store: long enough here to outlive the restart.
    const first = await buildSimulator({ dataDir: dir, transitionMs: 1000 });
    const created = await call(first.app, 'tenant', 'CreateVMInstance', createParams({ Name: 'survivor', Bandwidth: 2 }));
    expect(created.RetCode).toBe(0);
    expect((await call(first.app, 'tenant', 'DeleteVMInstance', { VMID: 'vm-demo0002', DelBindResource: 1 })).RetCode).toBe(0);
    await first.close();

    // The restarted simulator must not seed again over the existing data.
    const second = await buildSimulator({ dataDir: dir, transitionMs: 1000 });
    try {
      const during = await call(second.app, 'tenant', 'DescribeVMInstance', { VMIDs: [created.VMID] });
      expect(during.Infos).toEqual([expect.objectContaining({ Name: 'survivor', State: 'Starting' })]);
      const after = await waitForState(second.app, 'tenant', String(created.VMID), 'Running', 3000);
      expect(after.IPInfos).toContainEqual(expect.objectContaining({ Type: 'Public', IPID: created.EIPID }));
      expect((await call(second.app, 'tenant', 'DescribeVMInstance', { VMIDs: ['vm-demo0002'] })).TotalCount).toBe(0);
      expect((await call(second.app, 'tenant', 'DescribeVMInstance', { Limit: 100 })).TotalCount).toBe(8);
      expect((await call(second.app, 'tenant', 'DescribeVPC')).TotalCount).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('seeds only the catalogue and accounts with seed=false', async () => {
    const empty = await buildSimulator({ dataDir: ':memory:', seed: false });
    try {
      expect((await call(empty.app, 'tenant', 'DescribeVMInstance')).TotalCount).toBe(0);
      expect((await call(empty.app, 'tenant', 'DescribeVPC')).TotalCount).toBe(0);
      expect((await call(empty.app, 'tenant', 'DescribeImage')).TotalCount).toBe(3);
      expect((await call(empty.app, 'tenant', 'DescribeRegion')).TotalCount).toBe(2);
    } finally {
      await empty.close();
    }
  });
});
