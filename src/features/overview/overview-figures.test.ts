import { describe, expect, it } from 'vitest';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { countByState, expiringSoon, newestVms, resourceTotals, stuckVms, topTenants } from './overview-figures';

const NOW = 1_700_000_000;
const DAY = 86_400;
const vm = (over: Partial<VMInstanceInfo>): VMInstanceInfo => ({ VMID: 'vm-x', Name: 'x', State: 'Running', ...over });

describe('resourceTotals', () => {
  it('sums what each VM reports and counts how many reported', () => {
    const totals = resourceTotals([
      vm({ CPU: 2, Memory: 4096, GPU: 1, DiskInfos: [{ Size: 40 }, { Size: 100 }] }),
      vm({ CPU: 4, Memory: 8192 }),
    ]);
    expect(totals.cpu).toEqual({ sum: 6, reported: 2 });
    expect(totals.memoryMb).toEqual({ sum: 12288, reported: 2 });
    expect(totals.gpu).toEqual({ sum: 1, reported: 1 });
    expect(totals.diskGb).toEqual({ sum: 140, reported: 1 });
  });
});

describe('expiringSoon', () => {
  it('lists prepaid VMs expiring within 30 days, soonest first, flagging the next 7 days', () => {
    const list = expiringSoon(
      [
        vm({ VMID: 'a', ChargeType: 'Month', ExpireTime: NOW + 20 * DAY }),
        vm({ VMID: 'b', ChargeType: 'Year', ExpireTime: NOW + 3 * DAY }),
        vm({ VMID: 'c', ChargeType: 'Dynamic', ExpireTime: NOW + DAY }),
        vm({ VMID: 'd', ChargeType: 'Month', ExpireTime: NOW + 40 * DAY }),
        vm({ VMID: 'e', ChargeType: 'Month', ExpireTime: NOW - DAY }),
      ],
      NOW,
    );
    expect(list.map((e) => [e.vm.VMID, e.withinWeek])).toEqual([['b', true], ['a', false]]);
  });
});

describe('stuckVms', () => {
  it('finds VMs transitional for over five minutes', () => {
    const result = stuckVms(
      [
        vm({ VMID: 'old', State: 'Stopping', UpdateTime: NOW - 301 }),
        vm({ VMID: 'new', State: 'Starting', UpdateTime: NOW - 10 }),
        vm({ VMID: 'still', State: 'Stopped', UpdateTime: NOW - 9999 }),
        vm({ VMID: 'blind', State: 'Resizing' }),
      ],
      NOW,
    );
    expect(result.stuck.map((v) => v.VMID)).toEqual(['old']);
    expect(result.unknown).toBe(1);
  });
});

describe('newestVms, countByState, topTenants', () => {
  const vms = [
    vm({ VMID: 'a', CreateTime: 1, CompanyID: 2, State: 'Stopped' }),
    vm({ VMID: 'b', CreateTime: 3, CompanyID: 1, Email: 'one@x' }),
    vm({ VMID: 'c', CreateTime: 2, CompanyID: 1 }),
    vm({ VMID: 'd' }),
  ];
  it('orders by CreateTime, newest first', () => {
    expect(newestVms(vms, 3).map((v) => v.VMID)).toEqual(['b', 'c', 'a']);
  });
  it('counts states', () => {
    expect(countByState(vms, ['Running'])).toBe(3);
  });
  it('groups VMs by tenant, most first', () => {
    expect(topTenants(vms)).toEqual([
      { companyId: 1, email: 'one@x', vms: 2 },
      { companyId: 2, email: undefined, vms: 1 },
    ]);
  });
});
