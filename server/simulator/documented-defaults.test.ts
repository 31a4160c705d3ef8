import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from './app';
import { call, createParams } from './sim-test-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 50 });
});
afterAll(() => sim.close());

const act = (action: string, params: Record<string, unknown>) => call(sim.app, 'tenant', action, params);

describe("the API document's defaults and state rules, no stricter", () => {
  it('GetVMInstancePrice without BootDiskSpace prices the default 40 GB', async () => {
    const { VMType, ImageID, CPU, Memory, BootDiskSetType } = createParams();
    const base = { VMType, ImageID, CPU, Memory, BootDiskSetType, ChargeType: 'Month' };
    const without = await act('GetVMInstancePrice', base);
    expect(without.RetCode).toBe(0);
    expect(without.Infos).toEqual((await act('GetVMInstancePrice', { ...base, BootDiskSpace: 40, Quantity: 1 })).Infos);
    expect(without.Infos).not.toEqual((await act('GetVMInstancePrice', { ...base, BootDiskSpace: 41 })).Infos);
  });

  it('deletes a VM in Failed (wire-protocol.md state rules)', async () => {
    expect((await act('DeleteVMInstance', { VMID: 'vm-demo0008' })).RetCode).toBe(0);
    expect((await act('DescribeVMInstance', { VMIDs: ['vm-demo0008'] })).TotalCount).toBe(0);
  });
});
