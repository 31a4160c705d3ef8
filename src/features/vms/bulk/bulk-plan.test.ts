import { describe, expect, it } from 'vitest';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { planBulk } from './bulk-plan';
import { runLimited } from './run-limited';
import { findVmAction } from '../../../entities/vm/vm-actions';

const vm = (VMID: string, State: string): VMInstanceInfo => ({ VMID, Name: VMID, State });

describe('planBulk', () => {
  it('names and groups the rows it skips', () => {
    const plan = planBulk(findVmAction('stop'), [
      vm('a', 'Running'), vm('b', 'Stopped'), vm('c', 'Running'), vm('d', 'Stopped'), vm('e', 'Starting'),
    ]);
    expect(plan.eligible.map((v) => v.VMID)).toEqual(['a', 'c']);
    expect(plan.skipped).toEqual([
      { reason: 'vms.reason.alreadyStopped', vars: undefined, vms: [vm('b', 'Stopped'), vm('d', 'Stopped')] },
      { reason: 'vms.reason.busy', vars: { state: 'Starting' }, vms: [vm('e', 'Starting')] },
    ]);
  });
});

describe('runLimited', () => {
  it('keeps at most `limit` in flight and settles every item in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await runLimited([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (n === 5) throw new Error('five');
      return n * 2;
    });
    expect(peak).toBe(4);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 2 });
    expect(results[4]).toMatchObject({ status: 'rejected' });
    expect(results).toHaveLength(9);
  });
});
