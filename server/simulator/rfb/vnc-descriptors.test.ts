import { Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSimulator, type Simulator } from '../app';
import { call, createParams } from '../sim-test-client';
import { VncEndpointError } from './vnc-endpoint-error';
import { createVncServers, type VncServers } from './vnc-servers';

// Issue 13: a process out of file descriptors cannot open a VNC endpoint. That must be one call's RetCode,
// not an unhandled 'error' that ends the simulator or a 500 for every other route.
const VM = { VMID: 'vm-fd-test', Name: 'web-01' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The next `count` listens fail as an exhausted process's would. */
function failListens(code: 'EMFILE' | 'ENFILE', count = 1): void {
  const spy = vi.spyOn(Server.prototype, 'listen');
  for (let i = 0; i < count; i++) {
    spy.mockImplementationOnce(function (this: Server) {
      process.nextTick(() => this.emit('error', Object.assign(new Error(`listen ${code}`), { code })));
      return this;
    });
  }
}

function servers(opts: Parameters<typeof createVncServers>[0] = {}): VncServers {
  const vnc = createVncServers(opts);
  cleanups.push(() => vnc.close());
  return vnc;
}

describe('VNC endpoints when descriptors run out', () => {
  it('rejects with a descriptors error and leaks no slot of the total cap', async () => {
    const vnc = servers({ maxEndpoints: 1 });
    failListens('EMFILE');
    const failed = await vnc.open(VM).catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(VncEndpointError);
    expect((failed as VncEndpointError).reason).toBe('descriptors');
    // The failed endpoint gave its place back: the one slot is still free.
    expect((await vnc.open(VM)).port).toBeGreaterThan(0);
  });

  it('absorbs a failed accept (EMFILE on a listening endpoint) instead of ending the process', async () => {
    const vnc = servers();
    const listening: Server[] = [];
    const listen = Server.prototype.listen;
    vi.spyOn(Server.prototype, 'listen').mockImplementation(function (this: Server, ...args: unknown[]) {
      listening.push(this);
      return (listen as (...a: unknown[]) => Server).apply(this, args);
    });
    const endpoint = await vnc.open(VM);
    expect(listening).toHaveLength(1);
    // Node reports a failed accept as an 'error' on the server: unheard, EventEmitter throws it.
    expect(() => listening[0].emit('error', Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' }))).not.toThrow();
    expect(listening[0].listening).toBe(true);
    expect(endpoint.port).toBe((listening[0].address() as { port: number }).port);
  });

  it('GetVMVNCInfo answers a RetCode while other actions keep answering', async () => {
    const vnc = servers();
    const sim: Simulator = await buildSimulator({ dataDir: ':memory:', transitionMs: 0, vnc });
    cleanups.push(() => sim.close());
    const created = await call(sim.app, 'tenant', 'CreateVMInstance', createParams());
    await call(sim.app, 'tenant', 'DescribeVMInstance', { VMIDs: [created.VMID] });

    failListens('ENFILE', 3);
    for (let i = 0; i < 3; i++) {
      const info = await call(sim.app, 'tenant', 'GetVMVNCInfo', { VMID: created.VMID });
      expect(info.RetCode).not.toBe(0);
      expect(info.Message).toMatch(/ENFILE/);
    }
    expect((await call(sim.app, 'tenant', 'DescribeVMInstance', { VMIDs: [created.VMID] })).RetCode).toBe(0);
    expect((await call(sim.app, 'tenant', 'GetVMVNCInfo', { VMID: created.VMID })).RetCode).toBe(0);
  });
});
