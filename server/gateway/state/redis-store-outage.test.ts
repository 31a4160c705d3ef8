import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitUntilReady } from './create-state-store';
import { RedisStore } from './redis-store';
import type { StateStore } from './state-store';
import { StateUnavailableError } from './state-unavailable-error';
import { startRedis, type RedisProcess } from './test-redis';

// Its own redis-server, since this file stops it: the other state tests keep theirs.
let redis: RedisProcess;
let a: RedisStore;
let b: RedisStore;
beforeAll(async () => {
  redis = await startRedis();
  const keyPrefix = `outage-${randomUUID()}:`;
  a = new RedisStore({ url: redis.url, keyPrefix });
  b = new RedisStore({ url: redis.url, keyPrefix });
  expect(await waitUntilReady(a, 5_000)).toBe(true);
  expect(await waitUntilReady(b, 5_000)).toBe(true);
}, 300_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await redis?.stop();
});

/** Every operation a route may call, each of which needs Redis. */
const operations: [string, (s: StateStore) => Promise<unknown>][] = [
  ['claimOnce', (s) => s.claimOnce('ticket', 30_000)],
  ['revokeSession', (s) => s.revokeSession('session', 60_000)],
  ['isRevoked', (s) => s.isRevoked('session')],
  ['countAttempt', (s) => s.countAttempt('ip', 60_000)],
  ['refundAttempt', (s) => s.refundAttempt('ip')],
  ['peekAttempts', (s) => s.peekAttempts('ip')],
  ['resetAttempts', (s) => s.resetAttempts('ip')],
  ['acquireSlots', (s) => s.acquireSlots([{ key: 'global', cap: 10 }], 'c1', 60_000)],
  ['renewSlots', (s) => s.renewSlots(['global'], 'c1', 60_000)],
  ['releaseSlots', (s) => s.releaseSlots(['global'], 'c1')],
  ['countSlots', (s) => s.countSlots('global')],
  ['publishSessionEnded', (s) => s.publishSessionEnded('session')],
  ['ping', (s) => s.ping()],
];

async function failure(op: Promise<unknown>, name: string): Promise<StateUnavailableError> {
  const error = await op.then(
    () => new Error(`${name} answered without Redis`),
    (err: unknown) => err,
  );
  expect(error, name).toBeInstanceOf(StateUnavailableError);
  return error as StateUnavailableError;
}

it('fails closed, fast, with a typed 503 error while Redis is down, and recovers by itself when it is back', async () => {
  await redis.stop('SIGKILL');
  for (const [name, op] of operations) {
    const started = Date.now();
    expect((await failure(op(a), name)).statusCode).toBe(503);
    expect(Date.now() - started, `${name} took too long to fail`).toBeLessThan(3_000);
  }
  expect(await a.status()).toMatchObject({ kind: 'redis', ready: false });

  await redis.start();
  expect(await waitUntilReady(a, 15_000)).toBe(true);
  expect(await waitUntilReady(b, 15_000)).toBe(true);
  for (const [, op] of operations) await op(a);
  expect(await b.claimOnce('after-restart', 30_000)).toBe(true);
  expect(await a.claimOnce('after-restart', 30_000)).toBe(false);
  // The subscription was renewed on reconnect, so sign-outs keep reaching every replica.
  const heard: string[] = [];
  b.onSessionEnded((id) => heard.push(id));
  await a.publishSessionEnded('after-restart');
  await expect.poll(() => heard, { timeout: 5_000 }).toContain('after-restart');
}, 60_000);

it('times out against a Redis that hangs, instead of holding requests, and carries on once it answers', async () => {
  const impatient = new RedisStore({ url: redis.url, keyPrefix: `hang-${randomUUID()}:`, commandTimeoutMs: 300 });
  try {
    expect(await waitUntilReady(impatient, 5_000)).toBe(true);
    redis.pause();
    const started = Date.now();
    await Promise.all(operations.map(([name, op]) => failure(op(impatient), name)));
    expect(Date.now() - started).toBeLessThan(3_000);
    redis.resume();
    expect(await waitUntilReady(impatient, 10_000)).toBe(true);
    expect(await impatient.claimOnce('after-hang', 30_000)).toBe(true);
    expect(await impatient.claimOnce('after-hang', 30_000)).toBe(false);
  } finally {
    redis.resume();
    await impatient.close();
  }
}, 30_000);
