import type { ActionName } from '../../contract/contract';
import { type HandlerContext, seconds } from './handler';
import { RetCode, SimError } from './retcode';
import { type Db, stmt } from './store/open-database';
import type { VmRow } from './store/vm-rows';

/**
 * Transitions are stored as deadlines (state, target_state, settles_at) rather than timers, so a VM
 * caught mid-transition by a restart still settles: every request first settles whatever is due.
 */
export function settleDue(db: Db, nowMs: number): void {
  stmt(
    db,
    `UPDATE vms SET state = target_state, target_state = NULL, update_time = settles_at / 1000, settles_at = NULL
     WHERE settles_at IS NOT NULL AND settles_at <= ?`,
  ).run(nowMs);
}

/** The VM the caller may act on: its own tenant's (or any, for an admin without CompanyID), not deleted. */
export function findVm<A extends ActionName>(ctx: HandlerContext<A>, vmId: string, region: string): VmRow {
  const vm = stmt(ctx.db, "SELECT * FROM vms WHERE vm_id = ? AND region = ? AND state <> 'Deleted'").get(vmId, region) as
    | VmRow
    | undefined;
  if (!vm || (ctx.companyId !== undefined && vm.company_id !== ctx.companyId)) {
    throw new SimError(RetCode.VmNotFound, `VM ${vmId} not found`);
  }
  return vm;
}

const TRANSITIONAL = new Set(['Starting', 'Stopping', 'Restarting', 'Reinstalling', 'Poweroffing', 'Terminating']);

/** Wrong state: 1006 while the VM is busy in a transition, 1005 otherwise. */
export function requireState(vm: VmRow, allowed: readonly string[], action: string): void {
  if (allowed.includes(vm.state)) return;
  const code = TRANSITIONAL.has(vm.state) ? RetCode.VmBusy : RetCode.VmState;
  throw new SimError(code, `${action} is not allowed while VM ${vm.vm_id} is ${vm.state} (needs ${allowed.join(' or ')})`);
}

export function requireStopped(vm: VmRow, action: string): void {
  if (vm.state !== 'Stopped') {
    throw new SimError(RetCode.VmMustBeStopped, `VM ${vm.vm_id} must be stopped before ${action} (it is ${vm.state})`);
  }
}

/** Puts the VM in a transitional state that settles into `target` after the configured time. */
export function beginTransition<A extends ActionName>(
  ctx: HandlerContext<A>,
  vmId: string,
  via: string,
  target: string,
): void {
  stmt(ctx.db, 'UPDATE vms SET state = ?, target_state = ?, settles_at = ?, update_time = ? WHERE vm_id = ?').run(
    via,
    target,
    ctx.nowMs + ctx.transitionMs,
    seconds(ctx.nowMs),
    vmId,
  );
}

/** Moves the VM straight to a state, cancelling any pending transition. */
export function setState<A extends ActionName>(ctx: HandlerContext<A>, vmId: string, state: string): void {
  stmt(ctx.db, 'UPDATE vms SET state = ?, target_state = NULL, settles_at = NULL, update_time = ? WHERE vm_id = ?').run(
    state,
    seconds(ctx.nowMs),
    vmId,
  );
}

/** The VM no longer runs: its VNC servers and their connections go away. */
export function leftRunning<A extends ActionName>(ctx: HandlerContext<A>, vmId: string): void {
  ctx.vnc?.closeVm(vmId);
}
