import type { Handler } from '../handler';
import { beginTransition, findVm, leftRunning, requireState } from '../vm-lifecycle';

export const restartVMInstance: Handler<'RestartVMInstance'> = (ctx) => {
  const vm = findVm(ctx, ctx.params.VMID, ctx.params.Region);
  requireState(vm, ['Running'], 'RestartVMInstance');
  beginTransition(ctx, vm.vm_id, 'Restarting', 'Running');
  leftRunning(ctx, vm.vm_id);
  return {};
};
