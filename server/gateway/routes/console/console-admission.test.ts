import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { mintTicket, openConsole, SESSIONS, startConsoleApp, type ConsoleTestApp } from './console-test-app';

let apps: ConsoleTestApp[] = [];
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  apps = [];
});

async function start(opts: Parameters<typeof startConsoleApp>[0] = {}): Promise<ConsoleTestApp> {
  const t = await startConsoleApp(opts);
  apps.push(t);
  return t;
}

/** Opens a console and completes the handshake, which proves the upgrade really bridged. */
async function connected(t: ConsoleTestApp, url: string, headers?: Record<string, string>) {
  const opened = await openConsole(t, url, headers);
  expect((await opened.client.handshake(null)).ok).toBe(true);
  return opened;
}

describe('GET /console/ws admission', () => {
  it('refuses a made-up or tampered ticket', async () => {
    const t = await start();
    await expect(openConsole(t, '/console/ws?ticket=not-a-ticket')).rejects.toThrow('HTTP 403');
    await expect(openConsole(t, '/console/ws')).rejects.toThrow('HTTP 403');
    const { Ticket } = (await mintTicket(t)).body;
    const raw = Buffer.from(Ticket, 'base64url');
    raw[raw.length - 1] ^= 1;
    await expect(openConsole(t, `/console/ws?ticket=${raw.toString('base64url')}`)).rejects.toThrow('HTTP 403');
    await connected(t, `/console/ws?ticket=${Ticket}`);
  });

  it('accepts a ticket once', async () => {
    const t = await start();
    const { URL } = (await mintTicket(t)).body;
    await connected(t, URL);
    await expect(openConsole(t, URL)).rejects.toThrow('HTTP 403');
  });

  it('answers a plain GET with 426 without using the ticket up', async () => {
    const t = await start();
    const { URL } = (await mintTicket(t)).body;
    const res = await t.app.inject({ method: 'GET', url: URL, headers: { origin: t.origin, cookie: `sid=${SESSIONS.a.id}` } });
    expect(res.statusCode).toBe(426);
    await connected(t, URL);
  });

  it('refuses an expired ticket', async () => {
    const t = await start({ limits: { ticketTtlMs: 100 } });
    const { URL } = (await mintTicket(t)).body;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(openConsole(t, URL)).rejects.toThrow('HTTP 403');
  });

  it('refuses a foreign or missing Origin without upgrading, and the ticket stays usable', async () => {
    const t = await start();
    const { URL } = (await mintTicket(t)).body;
    const cookie = `sid=${SESSIONS.a.id}`;
    await expect(openConsole(t, URL, { origin: 'https://evil.example', cookie })).rejects.toThrow('HTTP 403');
    await expect(openConsole(t, URL, { origin: `${t.origin}.evil.example`, cookie })).rejects.toThrow('HTTP 403');
    await expect(openConsole(t, URL, { cookie })).rejects.toThrow('HTTP 403');
    await connected(t, URL);
  });

  it('refuses a ticket of another session, and a request without one', async () => {
    const t = await start();
    const { URL } = (await mintTicket(t)).body;
    await expect(openConsole(t, URL, { origin: t.origin, cookie: `sid=${SESSIONS.b.id}` })).rejects.toThrow('HTTP 403');
    await expect(openConsole(t, URL, { origin: t.origin })).rejects.toThrow('HTTP 401');
  });

  it('limits consoles per session with HTTP 429 before the upgrade', async () => {
    const t = await start({ limits: { perSession: 2 } });
    await connected(t, (await mintTicket(t)).body.URL);
    await connected(t, (await mintTicket(t)).body.URL);
    await expect(openConsole(t, (await mintTicket(t)).body.URL)).rejects.toThrow('HTTP 429');
    // Another session still has its own allowance.
    const other = (await mintTicket(t, 'vm-a', SESSIONS.b.id)).body.URL;
    await connected(t, other, { origin: t.origin, cookie: `sid=${SESSIONS.b.id}` });
  });

  it('limits consoles per process', async () => {
    const t = await start({ limits: { perProcess: 1 } });
    await connected(t, (await mintTicket(t)).body.URL);
    const other = (await mintTicket(t, 'vm-a', SESSIONS.b.id)).body.URL;
    await expect(openConsole(t, other, { origin: t.origin, cookie: `sid=${SESSIONS.b.id}` })).rejects.toThrow('HTTP 429');
  });

  it('redeems a ticket minted by another replica with the same secret', async () => {
    const secret = randomBytes(32);
    const [a, b] = [await start({ secret }), await start({ secret })];
    const { URL } = (await mintTicket(a)).body;
    // Replica b checks its own origin; the browser would be talking to one public origin.
    await connected(b, URL, { origin: b.origin, cookie: `sid=${SESSIONS.a.id}` });
    const foreign = await start();
    await expect(openConsole(foreign, (await mintTicket(a)).body.URL, { origin: foreign.origin, cookie: `sid=${SESSIONS.a.id}` })).rejects.toThrow('HTTP 403');
  });
});
