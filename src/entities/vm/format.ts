import type { VMInstanceInfo } from '../../../contract/vm-instance-info';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Unix seconds as a local date and time; empty when unknown (0 means "never" on the platform). */
export function formatTime(seconds: number | undefined, language: string): string {
  if (!seconds) return '';
  return new Date(seconds * 1000).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
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
  return chargeType ? t(`vms.chargeType.${chargeType}`) : '';
}

export function stateText(state: string, t: T): string {
  const key = `vms.state.${state}`;
  const text = t(key);
  return text === key ? state : text;
}

export function privateIps(vm: VMInstanceInfo): string[] {
  return (vm.IPInfos ?? []).filter((ip) => ip.Type === 'Private' && ip.IP).map((ip) => ip.IP as string);
}
