import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../../app';
import { post, sessionCookie, signIn, testConfig } from '../../test-gateway';
import { ADMIN_KEYS, startTestPlatform, TENANT_KEYS, type TestPlatform } from '../../test-platform';

let platform: TestPlatform;
const apps: FastifyInstance[] = [];
const dirs: string[] = [];

async function gateway(...args: Parameters<typeof buildGateway>) {
  const app = await buildGateway(...args);
  apps.push(app);
  return app;
}

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});
afterAll(async () => {
  await platform.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const me = (app: FastifyInstance, cookie?: string) =>
  app.inject({ method: 'GET', url: '/auth/me', headers: cookie ? { cookie } : {} });

describe('sign-in', () => {
  it('signs an admin in with one signed DescribeUser and sets a strict HttpOnly cookie', async () => {
    const app = await gateway(testConfig(platform.url));
    const before = platform.received.length;
    const res = await post(app, '/auth/login', { PublicKey: ADMIN_KEYS.publicKey, PrivateKey: ADMIN_KEYS.privateKey });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ PublicKey: ADMIN_KEYS.publicKey, CompanyID: null, IsAdmin: true });
    expect(platform.received.length - before).toBe(1);
    const sent = platform.received.at(-1)!;
    expect(sent.params).toMatchObject({ Action: 'DescribeUser', Limit: '1', PublicKey: ADMIN_KEYS.publicKey });
    expect(sent.contentType).toBe('application/x-www-form-urlencoded');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    expect(setCookie).not.toContain(ADMIN_KEYS.privateKey);
    expect(res.body).not.toContain(ADMIN_KEYS.privateKey);
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const app = await gateway(testConfig(platform.url, { trustProxy: true }));
    const res = await post(
      app,
      '/auth/login',
      { PublicKey: TENANT_KEYS.publicKey, PrivateKey: TENANT_KEYS.privateKey },
      undefined,
      { 'x-forwarded-proto': 'https', origin: 'https://console.test' },
    );
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('signs a tenant in (111 admin only) and answers /auth/me', async () => {
    const app = await gateway(testConfig(platform.url));
    const cookie = await signIn(app, TENANT_KEYS);
    const res = await me(app, cookie);
    expect(res.json()).toEqual({ PublicKey: TENANT_KEYS.publicKey, CompanyID: null, IsAdmin: false });
  });

  it('gives every refused pair the same generic 401, and a new session id at every sign-in', async () => {
    const app = await gateway(testConfig(platform.url));
    const unknown = await post(app, '/auth/login', { PublicKey: 'nobody', PrivateKey: 'x' });
    const badSig = await post(app, '/auth/login', { PublicKey: ADMIN_KEYS.publicKey, PrivateKey: 'wrong' });
    const empty = await post(app, '/auth/login', { PublicKey: '' });
    for (const res of [unknown, badSig, empty]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ Message: 'The key pair was not accepted.' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const a = await signIn(app, ADMIN_KEYS);
    const b = await signIn(app, ADMIN_KEYS);
    expect(a).not.toBe(b);
  });

  it('answers the 6th failure within the window with 429 and Retry-After, without asking the platform', async () => {
    let clock = 1_000_000;
    const app = await gateway(testConfig(platform.url), { now: () => clock });
    for (let i = 0; i < 5; i++) {
      expect((await post(app, '/auth/login', { PublicKey: 'nobody', PrivateKey: 'x' })).statusCode).toBe(401);
    }
    const before = platform.received.length;
    clock += 60_000;
    const sixth = await post(app, '/auth/login', { PublicKey: ADMIN_KEYS.publicKey, PrivateKey: ADMIN_KEYS.privateKey });
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBe(14 * 60);
    expect(platform.received.length).toBe(before);
    clock += 14 * 60_000 + 1;
    expect((await post(app, '/auth/login', { PublicKey: ADMIN_KEYS.publicKey, PrivateKey: ADMIN_KEYS.privateKey })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('answers 401 without a session, and with a cookie sealed by another secret', async () => {
    const other = await gateway(testConfig(platform.url, { sessionSecret: 'another-secret-0123456789-abcdefghijkl' }));
    const foreign = await signIn(other, ADMIN_KEYS);
    const app = await gateway(testConfig(platform.url));
    expect((await me(app)).statusCode).toBe(401);
    const res = await me(app, foreign);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ Message: 'Your session has expired. Please sign in again.' });
    expect((await me(app, 'console_session=not-even-base64!')).statusCode).toBe(401);
  });

  it('expires after the idle timeout, and slides while used', async () => {
    let clock = 5_000_000;
    const app = await gateway(testConfig(platform.url, { sessionIdleMs: 1_000 }), { now: () => clock });
    let cookie = await signIn(app, TENANT_KEYS);
    for (let i = 0; i < 5; i++) {
      clock += 700;
      const res = await me(app, cookie);
      expect(res.statusCode).toBe(200);
      cookie = res.cookies.length ? sessionCookie(res) : cookie;
    }
    clock += 1_001;
    const expired = await me(app, cookie);
    expect(expired.statusCode).toBe(401);
    expect(String(expired.headers['set-cookie'])).toMatch(/console_session=;/);
  });

  it('expires after the absolute timeout even while in use', async () => {
    let clock = 5_000_000;
    const app = await gateway(testConfig(platform.url, { sessionIdleMs: 1_000, sessionAbsoluteMs: 3_000 }), { now: () => clock });
    let cookie = await signIn(app, TENANT_KEYS);
    for (let i = 0; i < 5; i++) {
      clock += 500;
      const res = await me(app, cookie);
      expect(res.statusCode).toBe(200);
      cookie = res.cookies.length ? sessionCookie(res) : cookie;
    }
    clock += 600;
    expect((await me(app, cookie)).statusCode).toBe(401);
  });

  it('kills a signed-out cookie, and both survive a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-'));
    dirs.push(dir);
    const config = testConfig(platform.url, { databasePath: join(dir, 'gateway.db') });
    const app = await gateway(config);
    const kept = await signIn(app, TENANT_KEYS);
    const ended = await signIn(app, ADMIN_KEYS);
    const out = await post(app, '/auth/logout', {}, ended);
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/console_session=;/);
    expect((await me(app, ended)).statusCode).toBe(401);
    await app.close();

    const restarted = await gateway(config);
    expect((await me(restarted, kept)).statusCode).toBe(200);
    expect((await me(restarted, ended)).statusCode).toBe(401);
  });

  it('signs out with 204 even without a session', async () => {
    const app = await gateway(testConfig(platform.url));
    expect((await post(app, '/auth/logout', {})).statusCode).toBe(204);
  });
});

describe('demo accounts', () => {
  const demo = [{ account: 'admin' as const, label: 'Platform admin', companyId: 200000000, ...ADMIN_KEYS }];

  it('are offered and usable only when the simulator is the upstream', async () => {
    const sim = await gateway(testConfig(platform.url, { upstreamKind: 'simulator', demoAccounts: demo }));
    const config = await sim.inject({ method: 'GET', url: '/auth/config' });
    expect(config.json()).toEqual({
      Upstream: 'simulator',
      DemoAccounts: [{ Account: 'admin', Label: 'Platform admin', PublicKey: ADMIN_KEYS.publicKey }],
      Currency: 'CNY',
    });
    expect(config.body).not.toContain(ADMIN_KEYS.privateKey);
    const res = await post(sim, '/auth/demo-login', { Account: 'admin' });
    expect(res.json()).toEqual({ PublicKey: ADMIN_KEYS.publicKey, CompanyID: 200000000, IsAdmin: true });
    expect((await me(sim, sessionCookie(res))).json()).toMatchObject({ CompanyID: 200000000 });
    expect((await post(sim, '/auth/demo-login', { Account: 'nobody' })).statusCode).toBe(400);

    const ext = await gateway(testConfig(platform.url, { demoAccounts: demo }));
    expect((await ext.inject({ method: 'GET', url: '/auth/config' })).json()).toEqual({ Upstream: 'external', DemoAccounts: [], Currency: 'CNY' });
    const usd = await gateway(testConfig(platform.url, { currency: 'USD' }));
    expect((await usd.inject({ method: 'GET', url: '/auth/config' })).json()).toMatchObject({ Currency: 'USD' });
    expect((await post(ext, '/auth/demo-login', { Account: 'admin' })).statusCode).toBe(404);
  });
});
