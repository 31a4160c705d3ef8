import type { Handler } from '../handler';
import { RetCode, SimError } from '../retcode';
import { findVm, requireState } from '../vm-lifecycle';

/** Running only: each call opens a fresh RFB endpoint (new port and password) for the VM. */
export const getVMVNCInfo: Handler<'GetVMVNCInfo'> = async (ctx) => {
  const vm = findVm(ctx, ctx.params.VMID, ctx.params.Region);
  requireState(vm, ['Running'], 'GetVMVNCInfo');
  if (!ctx.vnc) throw new SimError(RetCode.Internal, 'VNC not available');
  const endpoint = await ctx.vnc.open({ VMID: vm.vm_id, Name: vm.name });
  return { Info: { VNCIP: endpoint.host, VNCPort: endpoint.port, VNCPassword: endpoint.password, VMID: vm.vm_id } };
};
