import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from './app';
import { createVncServers, type VncServers } from './rfb/vnc-servers';
import { call, createParams, type Encoding, waitForState } from './sim-test-client';

let sim: Simulator;
let vnc: VncServers;
beforeAll(async () => {
  vnc = createVncServers();
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 60, vnc });
});
afterAll(async () => {
  await sim.close();
  await vnc.close();
});

// Go SDK: form POST with ?Action= in the query; Python SDK: form POST; JS SDK: flat JSON.
describe.each<[string, Encoding]>([['Go', 'go'], ['Python', 'python'], ['JS', 'js']])('a whole lifecycle shaped like the %s SDK', (_, enc) => {
  it('create, wait for Running, stop, resize, start, reset password, reinstall, delete', async () => {
    const ok = async (action: string, params: Record<string, unknown>) => {
      const res = await call(sim.app, 'tenant', action, params, enc);
      expect(res).toMatchObject({ Action: `${action}Response`, RetCode: 0, Message: '' });
      return res;
    };
    const wait = (vmId: string, state: string) => waitForState(sim.app, 'tenant', vmId, state);
    const created = await ok('CreateVMInstance', createParams({ Name: `sdk-${enc}`, ChargeType: 'Month', Quantity: 1, Bandwidth: 2 }));
    const id = String(created.VMID);
    expect(id).toMatch(/^vm-[a-z0-9]{8}$/);
    await wait(id, 'Running');
    expect((await ok('GetVMVNCInfo', { VMID: id })).Info).toMatchObject({ VMID: id });
    await ok('StopVMInstance', { VMID: id });
    await wait(id, 'Stopped');
    await ok('ResizeVMConfig', { VMID: id, CPU: 2, Memory: 4096 });
    await ok('StartVMInstance', { VMID: id });
    expect(await wait(id, 'Running')).toMatchObject({ CPU: 2, Memory: 4096 });
    await ok('ResetVMInstancePassword', { VMID: id, Password: 'Another-Pass9' });
    await ok('StopVMInstance', { VMID: id });
    await wait(id, 'Stopped');
    await ok('ReinstallVMInstance', { VMID: id, ImageID: 'cn-image-ubuntu-2204' });
    expect(await wait(id, 'Stopped')).toMatchObject({ ImageID: 'cn-image-ubuntu-2204', OSName: 'Ubuntu 22.04 64-bit' });
    await ok('DeleteVMInstance', { VMID: id, DelBindResource: 1 });
    expect((await ok('DescribeVMInstance', { VMIDs: [id] })).TotalCount).toBe(0);
  });
});
