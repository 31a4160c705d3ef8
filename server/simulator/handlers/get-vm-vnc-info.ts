import type { Handler } from '../handler';
import { RetCode, SimError } from '../retcode';
import { VncEndpointError } from '../rfb/vnc-endpoint-error';
import { findVm, requireState } from '../vm-lifecycle';

// The platform's "too many requests" (docs/protocol.md §4): the endpoints are capped, so a flood is told to wait.
const TOO_MANY_REQUESTS = 199;

/**
 * Running only: each call opens a fresh RFB endpoint (new port and password) for the VM, closing the VM's
 * oldest past its per-VM cap. Out of endpoints or descriptors, the caller gets a RetCode, never a broken process.
 */
export const getVMVNCInfo: Handler<'GetVMVNCInfo'> = async (ctx) => {
  const vm = findVm(ctx, ctx.params.VMID, ctx.params.Region);
  requireState(vm, ['Running'], 'GetVMVNCInfo');
  if (!ctx.vnc) throw new SimError(RetCode.Internal, 'VNC not available');
  const endpoint = await ctx.vnc.open({ VMID: vm.vm_id, Name: vm.name }).catch((err: unknown) => {
    if (err instanceof VncEndpointError) throw new SimError(err.reason === 'capacity' ? TOO_MANY_REQUESTS : RetCode.Internal, err.message);
    throw err;
  });
  return { Info: { VNCIP: endpoint.host, VNCPort: endpoint.port, VNCPassword: endpoint.password, VMID: vm.vm_id } };
};
