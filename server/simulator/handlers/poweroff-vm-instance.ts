import type { Handler } from '../handler';
import { findVm, leftRunning, requireState, setState } from '../vm-lifecycle';

/** The way out of a VM stuck starting, stopping or restarting: straight to Stopped. */
export const poweroffVMInstance: Handler<'PoweroffVMInstance'> = (ctx) => {
  const vm = findVm(ctx, ctx.params.VMID, ctx.params.Region);
  requireState(vm, ['Running', 'Starting', 'Stopping', 'Restarting'], 'PoweroffVMInstance');
  setState(ctx, vm.vm_id, 'Stopped');
  leftRunning(ctx, vm.vm_id);
  return {};
};
