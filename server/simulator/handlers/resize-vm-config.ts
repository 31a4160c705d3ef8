import { seconds, type Handler } from '../handler';
import { requireOfferedSpec } from '../references';
import { stmt } from '../store/open-database';
import { findVm, requireStopped } from '../vm-lifecycle';

/** Stopped only, to a spec the VM type offers; the GPU count stays what it was. */
export const resizeVMConfig: Handler<'ResizeVMConfig'> = (ctx) => {
  const { params, db } = ctx;
  const vm = findVm(ctx, params.VMID, params.Region);
  requireStopped(vm, 'ResizeVMConfig');
  requireOfferedSpec(db, vm.region, vm.vm_type, params.CPU, params.Memory, vm.gpu);
  stmt(db, 'UPDATE vms SET cpu = ?, memory = ?, update_time = ? WHERE vm_id = ?').run(
    params.CPU,
    params.Memory,
    seconds(ctx.nowMs),
    vm.vm_id,
  );
  return {};
};
