import { seconds, type Handler } from '../handler';
import { RetCode, SimError } from '../retcode';
import { stmt } from '../store/open-database';
import { findVm } from '../vm-lifecycle';

/** The chosen EIP, which must be bound to this VM, becomes its only default egress. */
export const updateVMDefaultGW: Handler<'UpdateVMDefaultGW'> = (ctx) => {
  const { params, db } = ctx;
  const vm = findVm(ctx, params.VMID, params.Region);
  const eip = stmt(db, 'SELECT company_id, region, bind_resource_id FROM eips WHERE eip_id = ?').get(params.EIPID) as
    | { company_id: number; region: string; bind_resource_id: string | null }
    | undefined;
  if (!eip || eip.company_id !== vm.company_id || eip.region !== vm.region) {
    throw new SimError(RetCode.NotFound, `EIP ${params.EIPID} not found`);
  }
  if (eip.bind_resource_id !== vm.vm_id) {
    throw new SimError(RetCode.CheckFailed, `EIP ${params.EIPID} is not bound to VM ${vm.vm_id}`);
  }
  db.transaction(() => {
    stmt(db, 'UPDATE eips SET is_default_gw = CASE WHEN eip_id = ? THEN 1 ELSE 0 END WHERE bind_resource_id = ?').run(
      params.EIPID,
      vm.vm_id,
    );
    stmt(db, 'UPDATE vms SET update_time = ? WHERE vm_id = ?').run(seconds(ctx.nowMs), vm.vm_id);
  })();
  return {};
};
