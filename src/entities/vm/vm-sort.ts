import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import type { VmSort, VmSortKey } from './vm-list-params';

// Names sort as people read them: "web-2" before "web-10", case and accents aside.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Each key's comparison, ascending. A VM that never expires (0 or none) sorts after every date. */
const COMPARE: Record<VmSortKey, (a: VMInstanceInfo, b: VMInstanceInfo) => number> = {
  name: (a, b) => collator.compare(a.Name ?? '', b.Name ?? ''),
  state: (a, b) => collator.compare(a.State ?? '', b.State ?? ''),
  created: (a, b) => (a.CreateTime ?? 0) - (b.CreateTime ?? 0),
  expiry: (a, b) => (a.ExpireTime || Infinity) - (b.ExpireTime || Infinity),
};

/** The page's VMs in the chosen order (a copy; ties keep the platform's order). Null keeps it as it came. */
export function sortVms(vms: readonly VMInstanceInfo[], sort: VmSort | null): VMInstanceInfo[] {
  if (!sort) return [...vms];
  const compare = COMPARE[sort.key];
  const sign = sort.order === 'desc' ? -1 : 1;
  return [...vms].sort((a, b) => sign * compare(a, b) || 0);
}
