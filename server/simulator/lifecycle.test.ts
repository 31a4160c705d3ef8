import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from './app';
import { createVncServers, type VncServers } from './rfb/vnc-servers';
import { call, createParams, sleep, waitForState, type Reply } from './sim-test-client';

// Long enough that a loaded CI machine still sees the transitional state, short enough to keep this quick.
const T = 250;
let sim: Simulator;
let vnc: VncServers;
beforeAll(async () => {
  vnc = createVncServers();
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: T, vnc });
  await call(sim.app, 'tenant', 'DescribeVMInstance');
});
afterAll(async () => {
  await sim.close();
  await vnc.close();
});

const act = (action: string, params: Record<string, unknown>) => call(sim.app, 'tenant', action, params);
const state = async (vmId: string) =>
  ((await act('DescribeVMInstance', { VMIDs: [vmId] })).Infos as Reply[])[0]?.State;

async function running(): Promise<string> {
  const { VMID } = await act('CreateVMInstance', createParams());
  await waitForState(sim.app, 'tenant', String(VMID), 'Running');
  return String(VMID);
}

describe('transitions (docs/protocol.md §5)', () => {
  it('create: Starting, then Running after transitionMs', async () => {
    const { VMID } = await act('CreateVMInstance', createParams());
    expect(await state(String(VMID))).toBe('Starting');
    await sleep(T + 20);
    expect(await state(String(VMID))).toBe('Running');
  });

  it('stop, start, restart each pass through their transitional state', async () => {
    const id = await running();
    expect((await act('StopVMInstance', { VMID: id })).RetCode).toBe(0);
    expect(await state(id)).toBe('Stopping');
    await waitForState(sim.app, 'tenant', id, 'Stopped');
    expect((await act('StartVMInstance', { VMID: id })).RetCode).toBe(0);
    expect(await state(id)).toBe('Starting');
    await waitForState(sim.app, 'tenant', id, 'Running');
    expect((await act('RestartVMInstance', { VMID: id })).RetCode).toBe(0);
    expect(await state(id)).toBe('Restarting');
    await waitForState(sim.app, 'tenant', id, 'Running');
  });

  it('poweroff gets a VM stuck in Starting straight to Stopped', async () => {
    const { VMID } = await act('CreateVMInstance', createParams());
    expect(await act('PoweroffVMInstance', { VMID })).toMatchObject({ RetCode: 0 });
    expect(await state(String(VMID))).toBe('Stopped');
    await sleep(T + 20);
    expect(await state(String(VMID))).toBe('Stopped');
  });

  it('reinstall: Stopped only, Reinstalling, then Stopped with the new image', async () => {
    const id = await running();
    expect((await act('ReinstallVMInstance', { VMID: id, ImageID: 'cn-image-win-2019' })).RetCode).toBe(1014);
    await act('StopVMInstance', { VMID: id });
    await waitForState(sim.app, 'tenant', id, 'Stopped');
    expect((await act('ReinstallVMInstance', { VMID: id, ImageID: 'cn-image-win-2019', Password: 'Admin-123' })).RetCode).toBe(1030);
    expect((await act('ReinstallVMInstance', { VMID: id, ImageID: 'cn-image-nope' })).RetCode).toBe(1000);
    expect((await act('ReinstallVMInstance', { VMID: id, ImageID: 'cn-image-win-2019', Password: 'Blue-Sky-42' })).RetCode).toBe(0);
    expect(await state(id)).toBe('Reinstalling');
    const info = await waitForState(sim.app, 'tenant', id, 'Stopped');
    expect(info).toMatchObject({ ImageID: 'cn-image-win-2019', OSType: 'Windows', OSName: expect.stringContaining('Windows') });
  });

  it('resize: Stopped only, offered specs only, GPU unchanged', async () => {
    const id = await running();
    expect((await act('ResizeVMConfig', { VMID: id, CPU: 2, Memory: 4096 })).RetCode).toBe(1014);
    await act('PoweroffVMInstance', { VMID: id });
    expect((await act('ResizeVMConfig', { VMID: id, CPU: 3, Memory: 6144 })).RetCode).toBe(1015);
    expect((await act('ResizeVMConfig', { VMID: id, CPU: 2, Memory: 4096 })).RetCode).toBe(0);
    expect((await act('DescribeVMInstance', { VMIDs: [id] })).Infos).toEqual([expect.objectContaining({ CPU: 2, Memory: 4096 })]);
    // vm-demo0006 is a stopped-able 2-GPU VM: 16C32G exists with 2 GPUs, 4C8G only with 1.
    await act('PoweroffVMInstance', { VMID: 'vm-demo0006' });
    expect((await act('ResizeVMConfig', { VMID: 'vm-demo0006', CPU: 4, Memory: 8192 })).RetCode).toBe(1015);
    expect((await act('ResizeVMConfig', { VMID: 'vm-demo0006', CPU: 16, Memory: 32768 })).RetCode).toBe(0);
    expect((await act('DescribeVMInstance', { VMIDs: ['vm-demo0006'] })).Infos).toEqual([
      expect.objectContaining({ CPU: 16, Memory: 32768, GPU: 2 }),
    ]);
  });

  it('answers 1005 in the wrong steady state and 1006 while busy', async () => {
    const { VMID } = await act('CreateVMInstance', createParams());
    for (const action of ['StartVMInstance', 'StopVMInstance', 'DeleteVMInstance', 'GetVMVNCInfo']) {
      expect((await act(action, { VMID })).RetCode).toBe(1006);
    }
    await waitForState(sim.app, 'tenant', String(VMID), 'Running');
    expect((await act('StartVMInstance', { VMID })).RetCode).toBe(1005);
    await act('PoweroffVMInstance', { VMID });
    for (const action of ['StopVMInstance', 'RestartVMInstance', 'PoweroffVMInstance', 'GetVMVNCInfo']) {
      expect((await act(action, { VMID })).RetCode).toBe(1005);
    }
    expect((await act('ResetVMInstancePassword', { VMID, Password: 'Passw0rd!' })).RetCode).toBe(1005);
    expect((await act('StartVMInstance', { VMID: 'vm-demo0008' })).RetCode).toBe(1005);
  });

  it('closes the VM\'s VNC servers when it leaves Running', async () => {
    const id = await running();
    const info = await act('GetVMVNCInfo', { VMID: id });
    expect(info).toMatchObject({ RetCode: 0, Info: { VMID: id, VNCPassword: expect.any(String) } });
    expect(vnc.getScreenText(id)).toBeDefined();
    await act('StopVMInstance', { VMID: id });
    expect(vnc.getScreenText(id)).toBeUndefined();
  });

  it('answers RetCode 2 for GetVMVNCInfo without a VNC provider', async () => {
    const bare = await buildSimulator({ dataDir: ':memory:' });
    try {
      expect(await call(bare.app, 'tenant', 'GetVMVNCInfo', { VMID: 'vm-demo0001' })).toMatchObject({
        RetCode: 2, Message: 'VNC not available',
      });
    } finally {
      await bare.close();
    }
  });
});
