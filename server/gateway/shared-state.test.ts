import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from './app';
import { EmbeddedStore } from './state/embedded-store';
import { RedisStore } from './state/redis-store';
import type { StateStore } from './state/state-store';
import { startRedis, type RedisProcess } from './state/test-redis';
import { post, signIn, testConfig } from './test-gateway';
import { startTestPlatform, TENANT_KEYS, type TestPlatform } from './test-platform';

// Two gateways as two replicas of one deployment: with Redis each has its own connection to one Redis,
// embedded they share one store (one machine). The same assertions hold for both.
let platform: TestPlatform;
let redis: RedisProcess;
beforeAll(async () => {
  platform = await startTestPlatform();
  redis = await startRedis();
}, 300_000);
afterAll(async () => {
  await platform.close();
  await redis?.stop();
});

const backends: { name: string; stores(): StateStore[] }[] = [
  { name: 'embedded', stores: () => [new EmbeddedStore({ databasePath: ':memory:' })] },
  {
    name: 'redis',
    stores: () => {
      const keyPrefix = `gw-${randomUUID()}:`;
      return [new RedisStore({ url: redis.url, keyPrefix }), new RedisStore({ url: redis.url, keyPrefix })];
    },
  },
];

async function replicas(backend: (typeof backends)[number]): Promise<{ a: FastifyInstance; b: FastifyInstance; close(): Promise<void> }> {
  const stores = backend.stores();
  for (const store of stores) await expect.poll(async () => (await store.status()).ready).toBe(true);
  const a = await buildGateway(testConfig(platform.url), { store: stores[0] });
  const b = await buildGateway(testConfig(platform.url), { store: stores.at(-1) });
  return {
    a,
    b,
    close: async () => {
      await Promise.all([a.close(), b.close()]);
      await Promise.all(stores.map((s) => s.close()));
    },
  };
}

const me = (app: FastifyInstance, cookie: string) => app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } });

describe.each(backends)('gateways on the $name store', (backend) => {
  it('end a session signed out on the other replica', async () => {
    const { a, b, close } = await replicas(backend);
    const cookie = await signIn(a, TENANT_KEYS);
    expect((await me(b, cookie)).statusCode).toBe(200);
    expect((await post(a, '/auth/logout', {}, cookie)).statusCode).toBe(204);
    expect((await me(b, cookie)).statusCode).toBe(401);
    await close();
  });

  it('count sign-ins before the key check across replicas: 5 of a parallel burst of 12 are checked; a success is not counted', async () => {
    const { a, b, close } = await replicas(backend);
    for (let i = 0; i < 8; i += 1) await signIn(i % 2 ? a : b, TENANT_KEYS);
    const before = platform.received.length;
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(i % 2 ? a : b, '/auth/login', { PublicKey: TENANT_KEYS.publicKey, PrivateKey: 'wrong' })),
    );
    expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(5);
    expect(burst.filter((r) => r.statusCode === 429).every((r) => Number(r.headers['retry-after']) > 0)).toBe(true);
    expect(platform.received.length - before).toBe(5);
    await close();
  });
});

describe.each(backends)('the activity log on the $name store', (backend) => {
  it('shows a mutation made through one replica on the other', async () => {
    const { a, b, close } = await replicas(backend);
    const cookie = await signIn(a, TENANT_KEYS);
    await post(a, '/api', { Action: 'StartVMInstance', Region: 'cn-bj2', VMID: 'vm-replicas' }, cookie);
    const read = await post(b, '/api/activity', {}, cookie);
    expect(read.json().Events).toMatchObject([{ Action: 'StartVMInstance', VMIDs: ['vm-replicas'], PublicKey: TENANT_KEYS.publicKey }]);
    await close();
  });
});

describe('a gateway whose store is down', () => {
  it('answers sign-ins and session requests with 503 and a message key, /readyz 503, /healthz 200 saying so', async () => {
    const store = new EmbeddedStore({ databasePath: ':memory:' });
    let logs = '';
    const logStream = new Writable({ write: (chunk: Buffer, _enc, done) => void ((logs += chunk.toString()), done()) });
    const app = await buildGateway(testConfig(platform.url, { logLevel: 'info' }), { store, logStream });
    const cookie = await signIn(app, TENANT_KEYS);
    const call = await post(app, '/api', { Action: 'DescribeRegion' }, cookie);
    expect(call.statusCode).toBe(200);
    // One line per /api call at info, with the action and the platform's RetCode.
    const parsed = logs.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const reqId = parsed.find((l) => l.action === 'DescribeRegion')?.reqId;
    expect(reqId).toBeDefined();
    const lines = parsed.filter((l) => l.reqId === reqId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ action: 'DescribeRegion', retCode: 0, res: { statusCode: 200 } });
    expect((await app.inject('/readyz')).statusCode).toBe(200);

    await store.close();
    for (const res of [await post(app, '/auth/login', { PublicKey: TENANT_KEYS.publicKey, PrivateKey: TENANT_KEYS.privateKey }), await post(app, '/api', { Action: 'DescribeRegion' }, cookie)]) {
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ MessageKey: 'error.gateway.stateUnavailable' });
    }
    expect((await app.inject('/readyz')).statusCode).toBe(503);
    const health = await app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ Status: 'ok', Store: { Kind: 'embedded', Ready: false } });
    await app.close();
  });
});
