import type { ChargeType } from '../../../contract/fields';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { VM_STATES, type VMState } from '../../../contract/vm-states';
import type { Translate as T } from '../../i18n/i18n-context';

const CHARGE_TYPES: readonly string[] = ['Dynamic', 'Month', 'Year'] satisfies ChargeType[];

// The platform may answer a state or charge type newer than this console: such a value is shown as it is.
function isVmState(state: string): state is VMState {
  return (VM_STATES as readonly string[]).includes(state);
}

function isChargeType(value: string | undefined): value is ChargeType {
  return value !== undefined && CHARGE_TYPES.includes(value);
}

/** The VM's billing, hourly when the platform does not say (it omits it for hourly VMs). */
export function chargeTypeOf(vm: Pick<VMInstanceInfo, 'ChargeType'>): ChargeType {
  return isChargeType(vm.ChargeType) ? vm.ChargeType : 'Dynamic';
}

// Building an Intl formatter costs far more than using one: one per language, kept.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Unix seconds as a local date and time; empty when unknown (0 means "never" on the platform). `exact` adds
 * the seconds (the activity log, where two events a few seconds apart must read apart).
 */
export function formatTime(seconds: number | undefined, language: string, exact = false): string {
  if (!seconds) return '';
  const key = `${language}${exact ? ' exact' : ''}`;
  let format = timeFormats.get(key);
  if (!format) timeFormats.set(key, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: exact ? 'medium' : 'short' })));
  return format.format(new Date(seconds * 1000));
}

/** Unix seconds as ISO 8601 in UTC (2026-12-04T03:30:00Z), for files a program reads; empty when unknown. */
export function isoTime(seconds: number | undefined): string {
  return seconds ? new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') : '';
}

export function memoryGb(memoryMb: number | undefined): number {
  return Math.round(((memoryMb ?? 0) / 1024) * 100) / 100;
}

/** "2 CPU · 4 GB · 1 GPU" */
export function specText(vm: Pick<VMInstanceInfo, 'CPU' | 'Memory' | 'GPU'>, t: T): string {
  const parts = [t('vms.spec.cpu', { n: vm.CPU ?? 0 }), t('vms.spec.memory', { n: memoryGb(vm.Memory) })];
  if (vm.GPU) parts.push(t('vms.spec.gpu', { n: vm.GPU }));
  return parts.join(' · ');
}

export function chargeTypeText(chargeType: string | undefined, t: T): string {
  return isChargeType(chargeType) ? t(`vms.chargeType.${chargeType}`) : (chargeType ?? '');
}

export function stateText(state: string, t: T): string {
  return isVmState(state) ? t(`vms.state.${state}`) : state;
}

export function privateIps(vm: VMInstanceInfo): string[] {
  return (vm.IPInfos ?? []).filter((ip) => ip.Type === 'Private' && ip.IP).map((ip) => ip.IP as string);
}
