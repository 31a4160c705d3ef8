import type { Handler } from '../handler';
import { beginTransition, findVm, leftRunning, requireState } from '../vm-lifecycle';

export const stopVMInstance: Handler<'StopVMInstance'> = (ctx) => {
  const vm = findVm(ctx, ctx.params.VMID, ctx.params.Region);
  requireState(vm, ['Running'], 'StopVMInstance');
  beginTransition(ctx, vm.vm_id, 'Stopping', 'Stopped');
  leftRunning(ctx, vm.vm_id);
  return {};
};
