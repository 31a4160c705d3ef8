import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import type { MessageKey } from '../../../i18n/messages';
import type { VmAction } from '../../../entities/vm/vm-actions';

interface BulkPlan {
  eligible: VMInstanceInfo[];
  /** Skipped rows grouped by reason (a message key), each group naming its VMs. */
  skipped: { reason: MessageKey; vars?: Record<string, string>; vms: VMInstanceInfo[] }[];
}

/** Splits a selection into the VMs the action can run on and the ones it must skip, and why. */
export function planBulk(action: VmAction, vms: readonly VMInstanceInfo[]): BulkPlan {
  const eligible: VMInstanceInfo[] = [];
  const groups = new Map<string, BulkPlan['skipped'][number]>();
  for (const vm of vms) {
    const permission = action.isAllowed(vm);
    if (permission.allowed) {
      eligible.push(vm);
      continue;
    }
    const key = `${permission.reason}|${JSON.stringify(permission.vars ?? {})}`;
    const group = groups.get(key) ?? { reason: permission.reason, vars: permission.vars, vms: [] };
    group.vms.push(vm);
    groups.set(key, group);
  }
  return { eligible, skipped: [...groups.values()] };
}
