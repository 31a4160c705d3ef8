import type { Handler } from '../handler';
import { hashPassword } from '../password-hash';
import { checkWindowsPassword, requireBootDiskFits, requireImage } from '../references';
import { stmt } from '../store/open-database';
import { beginTransition, findVm, requireStopped } from '../vm-lifecycle';

/** Stopped only: Reinstalling, then Stopped again with the new image (and password, when one is given). */
export const reinstallVMInstance: Handler<'ReinstallVMInstance'> = (ctx) => {
  const { params, db } = ctx;
  const vm = findVm(ctx, params.VMID, params.Region);
  requireStopped(vm, 'ReinstallVMInstance');
  const image = requireImage(db, params.Region, params.ImageID, vm.company_id);
  const boot = stmt(db, "SELECT size FROM disks WHERE vm_id = ? AND type = 'Boot'").get(vm.vm_id) as { size: number } | undefined;
  requireBootDiskFits(image, boot?.size ?? 0);
  checkWindowsPassword(image.os_type, params.Password);
  db.transaction(() => {
    stmt(db, 'UPDATE vms SET image_id = ?, os_name = ?, os_type = ? WHERE vm_id = ?').run(
      image.image_id,
      image.os_name,
      image.os_type,
      vm.vm_id,
    );
    if (params.Password !== undefined) {
      stmt(db, 'UPDATE vms SET password_hash = ? WHERE vm_id = ?').run(hashPassword(params.Password), vm.vm_id);
    }
    beginTransition(ctx, vm.vm_id, 'Reinstalling', 'Stopped');
  })();
  return {};
};
