import { seconds, type Handler } from '../handler';
import { hashPassword } from '../password-hash';
import { checkWindowsPassword } from '../references';
import { stmt } from '../store/open-database';
import { findVm, requireState } from '../vm-lifecycle';

export const resetVMInstancePassword: Handler<'ResetVMInstancePassword'> = (ctx) => {
  const { params, db } = ctx;
  const vm = findVm(ctx, params.VMID, params.Region);
  requireState(vm, ['Running'], 'ResetVMInstancePassword');
  checkWindowsPassword(vm.os_type, params.Password);
  stmt(db, 'UPDATE vms SET password_hash = ?, update_time = ? WHERE vm_id = ?').run(
    hashPassword(params.Password),
    seconds(ctx.nowMs),
    vm.vm_id,
  );
  return {};
};
