import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { isTransitional } from '../../../contract/vm-states';

const DAY = 86_400;
/** A VM transitional for longer than this is called stuck (its UpdateTime is older). */
const STUCK_AFTER_SECONDS = 5 * 60;

/** A sum over the VMs that report the field; `reported` says how many did, so a missing figure is never shown as 0. */
export interface Total {
  sum: number;
  reported: number;
}

interface ResourceTotals {
  vms: number;
  cpu: Total;
  memoryMb: Total;
  gpu: Total;
  diskGb: Total;
}

function total(vms: readonly VMInstanceInfo[], pick: (vm: VMInstanceInfo) => number | undefined): Total {
  let sum = 0;
  let reported = 0;
  for (const vm of vms) {
    const value = pick(vm);
    if (value === undefined) continue;
    sum += value;
    reported += 1;
  }
  return { sum, reported };
}

function diskSize(vm: VMInstanceInfo): number | undefined {
  const sizes = (vm.DiskInfos ?? []).map((d) => d.Size).filter((s): s is number => s !== undefined);
  return sizes.length > 0 ? sizes.reduce((a, b) => a + b, 0) : undefined;
}

export function resourceTotals(vms: readonly VMInstanceInfo[]): ResourceTotals {
  return {
    vms: vms.length,
    cpu: total(vms, (vm) => vm.CPU),
    memoryMb: total(vms, (vm) => vm.Memory),
    gpu: total(vms, (vm) => vm.GPU),
    diskGb: total(vms, diskSize),
  };
}

export interface Expiring {
  vm: VMInstanceInfo;
  expireTime: number;
  withinWeek: boolean;
}

/** Month / Year VMs whose ExpireTime falls in the next 30 days, soonest first. */
export function expiringSoon(vms: readonly VMInstanceInfo[], nowSeconds: number): Expiring[] {
  return vms
    .flatMap((vm) => {
      const at = vm.ExpireTime;
      const prepaid = vm.ChargeType === 'Month' || vm.ChargeType === 'Year';
      if (!prepaid || at === undefined || at <= nowSeconds || at > nowSeconds + 30 * DAY) return [];
      return [{ vm, expireTime: at, withinWeek: at <= nowSeconds + 7 * DAY }];
    })
    .sort((a, b) => a.expireTime - b.expireTime);
}

/** Transitional VMs whose last change is over five minutes old; `unknown` counts those without an UpdateTime. */
export function stuckVms(vms: readonly VMInstanceInfo[], nowSeconds: number): { stuck: VMInstanceInfo[]; unknown: number } {
  const moving = vms.filter((vm) => isTransitional(vm.State));
  return {
    stuck: moving.filter((vm) => vm.UpdateTime !== undefined && nowSeconds - vm.UpdateTime > STUCK_AFTER_SECONDS),
    unknown: moving.filter((vm) => vm.UpdateTime === undefined).length,
  };
}

export function newestVms(vms: readonly VMInstanceInfo[], count = 5): VMInstanceInfo[] {
  return [...vms].sort((a, b) => (b.CreateTime ?? -Infinity) - (a.CreateTime ?? -Infinity)).slice(0, count);
}

export function countByState(vms: readonly VMInstanceInfo[], states: readonly string[]): number {
  return vms.filter((vm) => states.includes(vm.State)).length;
}

interface TenantVmCount {
  companyId: number;
  email: string | undefined;
  vms: number;
}

/** The tenants owning the most of these VMs (an admin's all-tenants view), most first. */
export function topTenants(vms: readonly VMInstanceInfo[], count = 5): TenantVmCount[] {
  const byTenant = new Map<number, TenantVmCount>();
  for (const vm of vms) {
    if (vm.CompanyID === undefined) continue;
    const entry = byTenant.get(vm.CompanyID) ?? { companyId: vm.CompanyID, email: vm.Email, vms: 0 };
    entry.vms += 1;
    byTenant.set(vm.CompanyID, entry);
  }
  return [...byTenant.values()].sort((a, b) => b.vms - a.vms || a.companyId - b.companyId).slice(0, count);
}
