import type { Handler } from '../handler';
import { stmt } from '../store/open-database';
import { findVm, leftRunning, requireState, setState } from '../vm-lifecycle';

/**
 * The row stays (state Deleted, hidden from lists). DelBindResource=1 deletes the bound data disks and
 * EIPs; 0 only unbinds them, so they show up free again. The boot disk goes with the VM.
 */
export const deleteVMInstance: Handler<'DeleteVMInstance'> = (ctx) => {
  const { params, db } = ctx;
  const vm = findVm(ctx, params.VMID, params.Region);
  requireState(vm, ['Running', 'Stopped', 'Failed'], 'DeleteVMInstance');
  db.transaction(() => {
    stmt(db, "DELETE FROM disks WHERE vm_id = ? AND type = 'Boot'").run(vm.vm_id);
    if (params.DelBindResource === 1) {
      stmt(db, 'DELETE FROM disks WHERE vm_id = ?').run(vm.vm_id);
      stmt(db, 'DELETE FROM eips WHERE bind_resource_id = ?').run(vm.vm_id);
    } else {
      stmt(db, 'UPDATE disks SET vm_id = NULL WHERE vm_id = ?').run(vm.vm_id);
      stmt(db, "UPDATE eips SET status = 'Free', bind_resource_id = NULL, is_default_gw = 0 WHERE bind_resource_id = ?").run(
        vm.vm_id,
      );
    }
    setState(ctx, vm.vm_id, 'Deleted');
  })();
  leftRunning(ctx, vm.vm_id);
  return {};
};
