import { afterEach, describe, expect, it } from 'vitest';
import { mintTicket, SESSIONS, startConsoleApp, type ConsoleTestApp } from './console-test-app';

let t: ConsoleTestApp;
afterEach(async () => t?.close());

const post = (headers: Record<string, string>, payload: unknown = { Region: 'cn', VMID: 'vm-a' }) =>
  t.app.inject({ method: 'POST', url: '/console/tickets', headers, payload: JSON.stringify(payload) });

describe('POST /console/tickets', () => {
  it('returns a ticket and the WebSocket URL, never the VNC endpoint or password', async () => {
    t = await startConsoleApp();
    const { status, text, body } = await mintTicket(t);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['Ticket', 'URL']);
    expect(body.URL).toBe(`/console/ws?ticket=${body.Ticket}`);
    // 1 version byte + 12 IV + 16 tag + the sealed claims, which hold a 128-bit nonce.
    expect(Buffer.from(body.Ticket, 'base64url').length).toBeGreaterThan(45);
    const endpoint = t.lastEndpoint;
    expect(endpoint).not.toBeNull();
    expect(text).not.toContain(endpoint?.password);
    expect(text).not.toContain(String(endpoint?.port));
    expect(text).not.toContain('VNC');
  });

  it('mints a different ticket each time', async () => {
    t = await startConsoleApp();
    expect((await mintTicket(t)).body.Ticket).not.toBe((await mintTicket(t)).body.Ticket);
  });

  it('passes a platform error through unchanged', async () => {
    t = await startConsoleApp();
    const { status, body } = await mintTicket(t, 'vm-stopped');
    expect(status).toBe(200);
    expect(body).toEqual({ Action: 'GetVMVNCInfoResponse', RetCode: 1005, Message: 'The VM is not running.' });
  });

  it('refuses requests without a session, the console header, the same origin or JSON', async () => {
    t = await startConsoleApp();
    const good = { origin: t.origin, 'x-requested-by': 'console', 'content-type': 'application/json', cookie: `sid=${SESSIONS.a.id}` };
    expect((await post({ ...good, cookie: 'sid=nobody' })).statusCode).toBe(401);
    expect((await post({ ...good, 'x-requested-by': 'other' })).statusCode).toBe(403);
    expect((await post({ ...good, origin: 'https://evil.example' })).statusCode).toBe(403);
    const { origin: _omit, ...noOrigin } = good;
    expect((await post(noOrigin)).statusCode).toBe(403);
    expect((await post({ ...good, 'content-type': 'text/plain' })).statusCode).toBe(403);
    expect((await post(good, { Region: 'cn' })).statusCode).toBe(400);
  });
});
