import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateVMInstance } from '../../contract/create-vm-instance';
import { DeleteVMInstance } from '../../contract/delete-vm-instance';
import { DescribeVMInstance } from '../../contract/describe-vm-instance';
import { GetVMInstancePrice } from '../../contract/get-vm-instance-price';
import { buildSimulator, type Simulator } from './app';
import { call, createParams } from './sim-test-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 50 });
});
afterAll(() => sim.close());

const act = (action: string, params: Record<string, unknown>) => call(sim.app, 'tenant', action, params);

describe("the API document's defaults and state rules, no stricter", () => {
  it('the contract fills in every default vm-api.md gives, and keeps what was sent', () => {
    const Region = 'cn-bj2';
    const create = createParams();
    expect(CreateVMInstance.request.parse({ Region, ...create })).toMatchObject({ Quantity: 1, BootDiskSpace: 40, DataDiskSpace: 0, IPVersion: 'IPv4' });
    expect(CreateVMInstance.request.parse({ Region, ...create, BootDiskSpace: 60, IPVersion: 'IPv6' })).toMatchObject({ BootDiskSpace: 60, IPVersion: 'IPv6' });
    expect(DescribeVMInstance.request.parse({ Region })).toEqual({ Region, Offset: 0, Limit: 20 });
    expect(DeleteVMInstance.request.parse({ Region, VMID: 'vm-1' })).toEqual({ Region, VMID: 'vm-1', DelBindResource: 0 });
    const { VMType, ImageID, CPU, Memory, BootDiskSetType } = create;
    const price = GetVMInstancePrice.request.parse({ Region, VMType, ImageID, CPU, Memory, BootDiskSetType, ChargeType: 'Year' });
    expect(price).toMatchObject({ BootDiskSpace: 40, Quantity: 1 });
  });

  it('creates with the defaults when the optional fields are left out: a 40 GB boot disk, no data disk, one month', async () => {
    const created = await act('CreateVMInstance', createParams({ ChargeType: 'Month' }));
    expect(created.RetCode).toBe(0);
    const [vm] = (await act('DescribeVMInstance', { VMIDs: [created.VMID] })).Infos as { DiskInfos: { Type: string; Size: number }[] }[];
    expect(vm.DiskInfos).toEqual([expect.objectContaining({ Type: 'Boot', Size: 40 })]);
  });

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
