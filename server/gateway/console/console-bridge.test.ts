import { afterEach, describe, expect, it } from 'vitest';
import { mintTicket, openConsole, SESSIONS, startConsoleApp, type ConsoleTestApp } from '../routes/console/console-test-app';

let t: ConsoleTestApp;
afterEach(async () => t?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openVm(vmId = 'vm-a') {
  return openConsole(t, (await mintTicket(t, vmId)).body.URL);
}

async function ready(vmId = 'vm-a') {
  const opened = await openVm(vmId);
  expect((await opened.client.handshake(null)).ok).toBe(true);
  await opened.client.init();
  return opened;
}

describe('the console bridge', () => {
  it('offers the browser no authentication, bridges to ServerInit and both ways, and never sends the password', async () => {
    t = await startConsoleApp();
    const { client, frames } = await openVm();
    expect(await client.handshake(null)).toEqual({ types: [1], ok: true });
    expect(await client.init()).toMatchObject({ width: 960, height: 500, name: 'web-01 (simulator)' });
    const password = t.lastEndpoint?.password ?? '';
    expect(password).toHaveLength(8);
    const seen = Buffer.concat(frames).toString('latin1');
    expect(seen).not.toContain(password);
    expect(seen).not.toContain(Buffer.from(password).toString('base64'));
    client.type('admin');
    client.requestUpdate(false);
    expect((await client.readUpdate())[0]).toMatchObject({ w: 960, h: 500 });
    expect(t.servers.getScreenText('vm-a')).toMatch(/web-01 login: admin$/);
  });

  it('closes with 4401 when the VNC password is refused upstream', async () => {
    t = await startConsoleApp();
    const { closed } = await openVm('vm-badpass');
    expect(await closed).toEqual({ code: 4401, reason: 'VNC authentication failed' });
  });

  it('closes with 4502 when the endpoint is unreachable and 4504 when it never answers', async () => {
    t = await startConsoleApp({ limits: { connectTimeoutMs: 200 } });
    expect(await (await openVm('vm-gone')).closed).toEqual({ code: 4502, reason: 'VNC endpoint unreachable' });
    expect(await (await openVm('vm-mute')).closed).toEqual({ code: 4504, reason: 'VNC endpoint timed out' });
  });

  it('closes with 4503 when the VM stops', async () => {
    t = await startConsoleApp();
    const { closed } = await ready();
    t.servers.closeVm('vm-a');
    expect((await closed).code).toBe(4503);
    expect(t.registry.size).toBe(0);
  });

  it('closes an idle console', async () => {
    t = await startConsoleApp({ limits: { idleMs: 300 } });
    const { client, closed } = await ready();
    await sleep(150);
    client.type('x'); // activity postpones the idle close
    const started = Date.now();
    expect(await closed).toEqual({ code: 4408, reason: 'Closed after a period without activity' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("closes a session's consoles within a second of its end, and only those", async () => {
    t = await startConsoleApp();
    const mine = await ready();
    const theirs = await openConsole(t, (await mintTicket(t, 'vm-a', SESSIONS.b.id)).body.URL, {
      origin: t.origin,
      cookie: `sid=${SESSIONS.b.id}`,
    });
    await theirs.client.handshake(null);
    const started = Date.now();
    t.endSession(SESSIONS.a.id);
    expect(await mine.closed).toEqual({ code: 4001, reason: 'Signed out' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(t.registry.list().map((c) => c.sessionId)).toEqual([SESSIONS.b.id]);
  });

  it('pauses the upstream socket while the browser reads slowly, and loses nothing', async () => {
    t = await startConsoleApp({ limits: { highWaterBytes: 64 * 1024 } });
    const { ws, client } = await ready();
    client.setEncodings([0]);
    ws.pause();
    let requested = 0;
    while (!t.registry.list()[0]?.upstreamPaused && requested < 40) {
      client.requestUpdate(false);
      requested += 1;
      await sleep(40);
    }
    expect(t.registry.list()[0].upstreamPaused).toBe(true);
    ws.resume();
    for (let i = 0; i < requested; i += 1) {
      const [rect] = await client.readUpdate(5000);
      expect(rect.data).toHaveLength(960 * 500 * 4);
    }
    await sleep(50);
    expect(t.registry.list()[0].upstreamPaused).toBe(false);
  });
});
