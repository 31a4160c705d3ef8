import { connect, createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RfbTestClient, tcpTransport } from './rfb-test-client';
import { createVncServers, type VncServers } from './vnc-servers';

const VM = { VMID: 'vm-rfb-test', Name: 'web-01' };
let servers: VncServers;

async function client(port: number): Promise<RfbTestClient> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return new RfbTestClient(tcpTransport(socket));
}

async function signedIn(): Promise<RfbTestClient> {
  const endpoint = await servers.open(VM);
  const c = await client(endpoint.port);
  expect((await c.handshake(endpoint.password)).ok).toBe(true);
  await c.init();
  c.setEncodings([0, 1]);
  c.requestUpdate(false);
  await c.readUpdate();
  return c;
}

afterEach(async () => {
  await servers?.close();
});

describe('simulated VNC servers', () => {
  it('gives a fresh port and password on each call, valid for 300 s', async () => {
    servers = createVncServers();
    const a = await servers.open(VM);
    const b = await servers.open(VM);
    expect(a.host).toBe('127.0.0.1');
    expect(a.port).not.toBe(b.port);
    expect(a.password).not.toBe(b.password);
    expect(a.password).toHaveLength(8);
    expect(a.expiresAt - Date.now() / 1000).toBeGreaterThan(298);
  });

  it('accepts the right password and sends ServerInit with the desktop name', async () => {
    servers = createVncServers();
    const endpoint = await servers.open(VM);
    const c = await client(endpoint.port);
    const result = await c.handshake(endpoint.password);
    expect(result).toEqual({ types: [2], ok: true });
    expect(await c.init()).toEqual({ width: 960, height: 500, bitsPerPixel: 32, name: 'web-01 (simulator)' });
  });

  it('refuses a wrong password with a reason and closes', async () => {
    servers = createVncServers();
    const endpoint = await servers.open(VM);
    const c = await client(endpoint.port);
    expect(await c.handshake('wrong-pw')).toEqual({ types: [2], ok: false, reason: 'Authentication failed' });
    await c.waitClosed();
  });

  it('sends a full update of the whole screen, then only the dirty cells of typed keys', async () => {
    servers = createVncServers();
    const c = await signedIn();
    c.requestUpdate(false);
    const [full] = await c.readUpdate();
    expect(full).toMatchObject({ x: 0, y: 0, w: 960, h: 500, encoding: 0 });
    expect(full.data).toHaveLength(960 * 500 * 4);
    expect(servers.getScreenText(VM.VMID)).toMatch(/web-01 login:$/);

    c.requestUpdate(true);
    c.type('r');
    const rects = await c.readUpdate();
    expect(rects).toHaveLength(1);
    // The typed character and the cursor's new cell: two cells of one row.
    expect(rects[0]).toMatchObject({ w: 24, h: 20, encoding: 0 });
    expect(servers.getScreenText(VM.VMID)).toMatch(/web-01 login: r$/);
  });

  it('honours SetPixelFormat', async () => {
    servers = createVncServers();
    const c = await signedIn();
    c.setPixelFormat(16);
    c.requestUpdate(false);
    const [full] = await c.readUpdate();
    expect(full.data).toHaveLength(960 * 500 * 2);
    // The background (0x10, 0x10, 0x10) in RGB565, little-endian.
    expect(full.data.readUInt16LE(0)).toBe((2 << 11) | (4 << 5) | 2);
  });

  it('holds an incremental request until something changes', async () => {
    servers = createVncServers();
    const c = await signedIn();
    c.requestUpdate(true);
    await expect(c.readUpdate(150)).rejects.toThrow(/timed out/);
    c.type('x');
    expect(await c.readUpdate()).toHaveLength(1);
  });

  it('echoes a login, asks for the password without echo, and refuses it', async () => {
    servers = createVncServers();
    const c = await signedIn();
    c.type('roox');
    c.key(true, 0xff08);
    c.type('t\nsecret1\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = servers.getScreenText(VM.VMID) ?? '';
    expect(text).toContain('web-01 login: root\nPassword:\n\nLogin incorrect\nweb-01 login:');
    expect(text).not.toContain('secret1');
  });

  it('reboots on Ctrl+Alt+Del and scrolls with CopyRect', async () => {
    servers = createVncServers();
    const c = await signedIn();
    for (const sym of [0xffe3, 0xffe9, 0xffff]) c.key(true, sym);
    for (const sym of [0xffff, 0xffe9, 0xffe3]) c.key(false, sym);
    c.type('\n\n\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    c.requestUpdate(true);
    const [first, ...rest] = await c.readUpdate();
    // Three lines scrolled: one CopyRect moves the rest up, Raw rectangles paint what is new.
    expect(first).toMatchObject({ x: 0, y: 0, w: 960, h: 440, encoding: 1 });
    expect(first.data.readUInt16BE(2)).toBe(60);
    expect(rest.every((r) => r.encoding === 0)).toBe(true);
    const text = servers.getScreenText(VM.VMID) ?? '';
    expect(text).toContain('reboot: Restarting system');
    expect(text).toMatch(/SeaBIOS[\s\S]*web-01 login:$/);
  });

  it('keeps the screen across reconnects and closes connections when the VM stops', async () => {
    servers = createVncServers();
    const first = await signedIn();
    first.type('abc');
    const second = await signedIn();
    expect(servers.getScreenText(VM.VMID)).toMatch(/login: abc$/);
    servers.closeVm(VM.VMID);
    await Promise.all([first.waitClosed(), second.waitClosed()]);
    expect(servers.getScreenText(VM.VMID)).toBeUndefined();
  });

  it('refuses new connections once the endpoint expired', async () => {
    servers = createVncServers({ validitySeconds: 0.1 });
    const endpoint = await servers.open(VM);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(client(endpoint.port)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('bounded VNC endpoints (issue 13)', () => {
  it('keeps at most endpointsPerVm live per VM: a new one closes the oldest, whose open connection stays', async () => {
    servers = createVncServers({ endpointsPerVm: 2 });
    const first = await servers.open(VM);
    const kept = await client(first.port);
    expect((await kept.handshake(first.password)).ok).toBe(true);
    for (let i = 0; i < 20; i++) await servers.open(VM);
    expect(servers.liveEndpoints()).toBe(2);
    await expect(client(first.port)).rejects.toThrow(/ECONNREFUSED/);
    expect(await kept.init()).toMatchObject({ name: 'web-01 (simulator)' });
  });

  it('refuses past maxEndpoints in all with a clear error, and opens again once one closes', async () => {
    servers = createVncServers({ endpointsPerVm: 2, maxEndpoints: 5 });
    for (let i = 0; i < 5; i++) await servers.open({ VMID: `vm-${i}`, Name: `n${i}` });
    await expect(servers.open({ VMID: 'vm-9', Name: 'n9' })).rejects.toMatchObject({ name: 'VncEndpointError', reason: 'capacity' });
    // The same VM replacing its own endpoint needs no new room.
    await servers.open({ VMID: 'vm-0', Name: 'n0' });
    await servers.open({ VMID: 'vm-0', Name: 'n0' });
    expect(servers.liveEndpoints()).toBe(5);
    servers.closeVm('vm-1');
    await servers.open({ VMID: 'vm-9', Name: 'n9' });
    expect(servers.liveEndpoints()).toBe(5);
  });

  it('1,000 calls for one VM hold a handful of descriptors, not 1,000', async () => {
    servers = createVncServers();
    for (let i = 0; i < 1_000; i++) await servers.open(VM);
    expect(servers.liveEndpoints()).toBeLessThanOrEqual(8);
  });
});

describe('VNC ports from a range (SIM_VNC_PORTS, issue 16)', () => {
  it('takes the range in turn, skips a port in use and says capacity when every port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      servers = createVncServers({ ports: { first: taken, last: taken + 1 } });
      const first = await servers.open(VM);
      expect(first.port).toBe(taken + 1);
      const c = await client(first.port);
      expect((await c.handshake(first.password)).ok).toBe(true);
      await expect(servers.open({ VMID: 'vm-other', Name: 'other' })).rejects.toMatchObject({ reason: 'capacity' });
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
