import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app';
import type { GatewayConfig } from '../gateway-config';
import { post, signIn, testConfig } from '../test-gateway';
import { ADMIN_KEYS, signedEcho, startTestPlatform, TENANT_KEYS, type TestPlatform } from '../test-platform';
import { vncPlatform } from './vnc-platform';

// Issue 13, items 3, 4 and 6: VNC details and console slots against one hostile tenant.
let platform: TestPlatform;
let vnc: ReturnType<typeof vncPlatform>;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await vnc?.servers.close();
  platform.behave(signedEcho);
});
afterAll(async () => platform.close());

async function gateway(overrides: Partial<GatewayConfig> = {}) {
  vnc = vncPlatform();
  platform.behave(vnc.behaviour);
  const app = await buildGateway(testConfig(platform.url, overrides));
  apps.push(app);
  return app;
}

/** One after another: parallel sign-ins count against the sign-in limit until each succeeds. */
async function signIns(app: FastifyInstance, n: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < n; i++) cookies.push(await signIn(app, TENANT_KEYS));
  return cookies;
}

const VM = { Region: 'cn-bj2', VMID: 'vm-a' };

describe('item 6: the browser never holds a VNC password by default', () => {
  it('/api does not forward GetVMVNCInfo, and /api/vnc-client is off', async () => {
    const app = await gateway();
    const cookie = await signIn(app, TENANT_KEYS);
    const res = await post(app, '/api', { Action: 'GetVMVNCInfo', ...VM }, cookie);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('VNCPassword');
    expect(vnc.vncCalls()).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/vnc-client', headers: { cookie } })).json()).toEqual({ Enabled: false });
    const details = await post(app, '/api/vnc-client', VM, cookie);
    expect(details.statusCode).toBe(404);
    expect(vnc.vncCalls()).toBe(0);
  });

  it('with ALLOW_VNC_CLIENT_DETAILS the dedicated route answers the details, for a signed-in session only', async () => {
    const app = await gateway({ allowVncClientDetails: true });
    expect((await post(app, '/api/vnc-client', VM)).statusCode).toBe(401);
    const cookie = await signIn(app, TENANT_KEYS);
    expect((await app.inject({ method: 'GET', url: '/api/vnc-client', headers: { cookie } })).json()).toEqual({ Enabled: true });
    const res = await post(app, '/api/vnc-client', VM, cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ VNCIP: '127.0.0.1', VNCPort: expect.any(Number), VNCPassword: expect.any(String), ValidSeconds: 300 });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('item 3: a flood of VNC-info requests', () => {
  it('lets one session ask at most 20 times a minute, through tickets and the native-client route alike', async () => {
    const app = await gateway({ allowVncClientDetails: true });
    const cookie = await signIn(app, TENANT_KEYS);
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post(app, i % 2 ? '/console/tickets' : '/api/vnc-client', VM, cookie).then((r) => r.statusCode)),
    );
    expect(vnc.vncCalls()).toBeLessThanOrEqual(20);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40);
    // The platform kept a handful of endpoints for the VM, not one per call.
    expect(vnc.servers.liveEndpoints()).toBeLessThanOrEqual(8);
  });

  it('lets one access key ask at most 60 times a minute over many sessions; another tenant is unaffected', async () => {
    const app = await gateway();
    const sessions = await signIns(app, 8);
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) => post(app, '/console/tickets', VM, sessions[i % sessions.length]).then((r) => r.statusCode)),
    );
    expect(vnc.vncCalls()).toBeLessThanOrEqual(60);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(60);
    expect((await post(app, '/console/tickets', VM, await signIn(app, ADMIN_KEYS))).statusCode).toBe(200);
  });
});

describe('item 4: one tenant opening consoles from many sessions', () => {
  it('gets at most the per-key cap of a replica’s consoles; another tenant still gets one', async () => {
    const app = await gateway();
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const host = new URL(base).host;
    const open = async (cookie: string) => {
      const minted = await post(app, '/console/tickets', VM, cookie, { host, origin: base });
      if (minted.statusCode !== 200) return minted.statusCode;
      const ws = new WebSocket(`${base.replace(/^http/, 'ws')}${minted.json<{ URL: string }>().URL}`, { headers: { origin: base, cookie } });
      sockets.push(ws);
      return new Promise<number>((resolve) => {
        ws.on('open', () => resolve(101));
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(0));
      });
    };
    const sockets: WebSocket[] = [];
    try {
      const sessions = await signIns(app, 12);
      const results = await Promise.all(sessions.flatMap((cookie) => Array.from({ length: 5 }, () => open(cookie))));
      expect(results.filter((s) => s === 101).length).toBeLessThanOrEqual(50);
      expect(results.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
      expect(await open(await signIn(app, ADMIN_KEYS))).toBe(101);
    } finally {
      for (const ws of sockets) ws.terminate();
    }
  }, 30_000);
});
