import type { Handler } from '../handler';
import { beginTransition, findVm, requireState } from '../vm-lifecycle';

export const startVMInstance: Handler<'StartVMInstance'> = (ctx) => {
  const vm = findVm(ctx, ctx.params.VMID, ctx.params.Region);
  requireState(vm, ['Stopped'], 'StartVMInstance');
  beginTransition(ctx, vm.vm_id, 'Starting', 'Running');
  return {};
};
