import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitUntilReady } from './create-state-store';
import { EmbeddedStore } from './embedded-store';
import { RedisStore } from './redis-store';
import type { NewActivityEvent, StateStore } from './state-store';
import { startRedis, type RedisProcess } from './test-redis';

/**
 * The contract every store keeps, run against both. "Two clients" are two replicas' stores on one Redis;
 * the embedded store is one machine's, so both names point at the same instance.
 */
interface Pair {
  a: StateStore;
  b: StateStore;
  close(): Promise<void>;
}

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
}, 300_000);
afterAll(async () => {
  await redis?.stop();
});

const backends: { name: string; open(): Promise<Pair> }[] = [
  {
    name: 'embedded',
    open: async () => {
      const store = new EmbeddedStore({ databasePath: ':memory:' });
      return { a: store, b: store, close: () => store.close() };
    },
  },
  {
    name: 'redis',
    open: async () => {
      // A fresh prefix per test: tests share one Redis but never each other's keys.
      const keyPrefix = `test-${randomUUID()}:`;
      const a = new RedisStore({ url: redis.url, keyPrefix });
      const b = new RedisStore({ url: redis.url, keyPrefix });
      expect(await waitUntilReady(a, 5_000)).toBe(true);
      expect(await waitUntilReady(b, 5_000)).toBe(true);
      return { a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
    },
  },
];

/** Every event the store still holds, walked a page at a time. */
async function countAll(store: StateStore): Promise<number> {
  let total = 0;
  let before: string | undefined;
  for (;;) {
    const page = await store.readActivity({}, 100, before);
    total += page.events.length;
    if (!page.next) return total;
    before = page.next;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Alternates between the two clients, as requests spread over replicas would. */
const either = (p: Pair, i: number) => (i % 2 === 0 ? p.a : p.b);

describe.each(backends)('$name state store', (backend) => {
  let p: Pair;
  beforeEach(async () => {
    p = await backend.open();
  });
  afterEach(async () => {
    await p.close();
  });

  it('is ready', async () => {
    await expect(p.a.ping()).resolves.toBeUndefined();
    expect(await p.b.status()).toMatchObject({ kind: backend.name, ready: true });
  });

  it('claims a key once until its time is up', async () => {
    expect(await p.a.claimOnce('ticket-1', 200)).toBe(true);
    expect(await p.b.claimOnce('ticket-1', 200)).toBe(false);
    expect(await p.b.claimOnce('ticket-2', 200)).toBe(true);
    await sleep(300);
    expect(await p.a.claimOnce('ticket-1', 200)).toBe(true);
  });

  it('gives exactly one of 100 parallel claims of one key, across two clients', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => either(p, i).claimOnce('contended', 30_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('remembers a sign-out on every client', async () => {
    expect(await p.b.isRevoked('session-1')).toBe(false);
    await p.a.revokeSession('session-1', 60_000);
    expect(await p.b.isRevoked('session-1')).toBe(true);
    expect(await p.b.isRevoked('session-2')).toBe(false);
  });

  it('counts attempts in a window, peeks without counting, resets, and opens a new window', async () => {
    expect(await p.a.countAttempt('ip-1', 300)).toMatchObject({ count: 1 });
    expect(await p.b.countAttempt('ip-1', 300)).toMatchObject({ count: 2 });
    const peeked = await p.a.peekAttempts('ip-1');
    expect(peeked.count).toBe(2);
    expect(peeked.retryAfterMs).toBeGreaterThan(0);
    expect(peeked.retryAfterMs).toBeLessThanOrEqual(300);
    expect((await p.b.peekAttempts('ip-1')).count).toBe(2);
    expect(await p.a.peekAttempts('ip-2')).toEqual({ count: 0, retryAfterMs: 0 });
    await p.a.resetAttempts('ip-1');
    expect((await p.b.peekAttempts('ip-1')).count).toBe(0);
    await p.a.countAttempt('ip-3', 150);
    await sleep(250);
    expect((await p.b.countAttempt('ip-3', 150)).count).toBe(1);
  });

  it('refunds one attempt of the window, never below zero, keeping the window', async () => {
    await p.a.countAttempt('ip-r', 60_000);
    await p.b.countAttempt('ip-r', 60_000);
    await p.b.refundAttempt('ip-r');
    const left = await p.a.peekAttempts('ip-r');
    expect(left.count).toBe(1);
    expect(left.retryAfterMs).toBeGreaterThan(59_000);
    await p.a.refundAttempt('ip-r');
    await p.a.refundAttempt('ip-r');
    await p.a.refundAttempt('nobody');
    expect((await p.b.countAttempt('ip-r', 60_000)).count).toBe(1);
    expect((await p.b.peekAttempts('nobody')).count).toBe(0);
  });

  it('never lets 200 parallel attempts from two clients past a limit of 5', async () => {
    const counts = await Promise.all(Array.from({ length: 200 }, (_, i) => either(p, i).countAttempt('burst', 60_000)));
    // Each attempt got its own number: no two were counted as one, so exactly five are within the limit.
    expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(counts.filter((c) => c.count <= 5)).toHaveLength(5);
    expect(counts.every((c) => c.retryAfterMs > 0 && c.retryAfterMs <= 60_000)).toBe(true);
  });

  it('takes slots under every cap at once, or none', async () => {
    const caps = (session: string) => [
      { key: `session:${session}`, cap: 2 },
      { key: 'tenant:t1', cap: 3 },
    ];
    expect(await p.a.acquireSlots(caps('s1'), 'c1', 60_000)).toEqual({ ok: true });
    expect(await p.b.acquireSlots(caps('s1'), 'c2', 60_000)).toEqual({ ok: true });
    expect(await p.a.acquireSlots(caps('s1'), 'c2', 60_000)).toEqual({ ok: true });
    expect(await p.a.acquireSlots(caps('s1'), 'c3', 60_000)).toEqual({ ok: false, refused: 'session:s1' });
    expect(await p.b.countSlots('tenant:t1')).toBe(2);
    expect(await p.b.acquireSlots(caps('s2'), 'c4', 60_000)).toEqual({ ok: true });
    expect(await p.a.acquireSlots(caps('s3'), 'c5', 60_000)).toEqual({ ok: false, refused: 'tenant:t1' });
    expect(await p.a.countSlots('session:s3')).toBe(0);
    await p.b.releaseSlots(['session:s1', 'tenant:t1'], 'c1');
    expect(await p.a.countSlots('session:s1')).toBe(1);
    expect(await p.a.acquireSlots(caps('s3'), 'c5', 60_000)).toEqual({ ok: true });
  });

  it('frees an expired holder by itself, and keeps a renewed one', async () => {
    const claims = [{ key: 'replica:r1', cap: 2 }];
    await p.a.acquireSlots(claims, 'crashed', 300);
    await p.a.acquireSlots(claims, 'alive', 300);
    expect(await p.b.acquireSlots(claims, 'third', 60_000)).toEqual({ ok: false, refused: 'replica:r1' });
    await sleep(100);
    expect(await p.a.renewSlots(['replica:r1'], 'alive', 2_000)).toBe(true);
    await sleep(350);
    expect(await p.b.countSlots('replica:r1')).toBe(1);
    expect(await p.b.renewSlots(['replica:r1'], 'crashed', 2_000)).toBe(false);
    expect(await p.b.acquireSlots(claims, 'third', 60_000)).toEqual({ ok: true });
  });

  it('never exceeds any cap under parallel acquires from two clients', async () => {
    const attempts = Array.from({ length: 80 }, (_, i) => ({
      holder: `console-${i}`,
      claims: [
        { key: `session:${i % 4}`, cap: 5 },
        { key: `tenant:${i % 2}`, cap: 7 },
        { key: `replica:${i % 2 === 0 ? 'a' : 'b'}`, cap: 9 },
        { key: 'global', cap: 12 },
      ],
    }));
    const results = await Promise.all(attempts.map((t, i) => either(p, i).acquireSlots(t.claims, t.holder, 60_000)));
    const count = (key: string) => p.a.countSlots(key);
    const sessions = await Promise.all([0, 1, 2, 3].map((s) => count(`session:${s}`)));
    const tenants = await Promise.all([0, 1].map((t) => count(`tenant:${t}`)));
    const replicas = await Promise.all(['a', 'b'].map((r) => count(`replica:${r}`)));
    const granted = results.filter((r) => r.ok).length;
    expect(sessions.every((n) => n <= 5) && tenants.every((n) => n <= 7) && replicas.every((n) => n <= 9)).toBe(true);
    expect(await count('global')).toBe(granted);
    // A refusal took nothing anywhere: every level adds up to the same granted total.
    expect([sessions, tenants, replicas].map((ns) => ns.reduce((x, y) => x + y, 0))).toEqual([granted, granted, granted]);
    expect(granted).toBe(12);
  });

  it('tells every client that a session ended, even past a failing listener', async () => {
    const heardA: string[] = [];
    const heardB: string[] = [];
    p.a.onSessionEnded(() => {
      throw new Error('a console that was already closed');
    });
    const offA = p.a.onSessionEnded((id) => heardA.push(id));
    p.b.onSessionEnded((id) => heardB.push(id));
    await p.a.publishSessionEnded('session-9');
    await expect.poll(() => heardB, { timeout: 2_000 }).toContain('session-9');
    await expect.poll(() => heardA, { timeout: 2_000 }).toContain('session-9');
    offA();
    await p.b.publishSessionEnded('session-10');
    await expect.poll(() => heardB, { timeout: 2_000 }).toContain('session-10');
    expect(heardA).not.toContain('session-10');
  });

  const event = (n: number, over: Partial<NewActivityEvent> = {}): NewActivityEvent => ({
    Time: 1_700_000_000_000 + n,
    PublicKey: 'key-a',
    IsAdmin: false,
    OnBehalf: false,
    CompanyID: 200000001,
    Action: 'StopVMInstance',
    VMIDs: [`vm-${n % 3}`],
    Params: { Region: 'cn-bj2', VMID: `vm-${n % 3}` },
    RetCode: 0,
    Message: '',
    ...over,
  });

  it('keeps activity newest first for every client, filtered by company, key and VM, a page at a time', async () => {
    for (let n = 0; n < 9; n++) await either(p, n).recordActivity(event(n), 1_000);
    await p.a.recordActivity(event(9, { CompanyID: 200000002, PublicKey: 'key-b', VMIDs: ['vm-other'] }), 1_000);
    const all = await p.b.readActivity({}, 100);
    expect(all.events.map((e) => e.Time - 1_700_000_000_000)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(all.next).toBeNull();
    expect(all.events[0]).toMatchObject({ CompanyID: 200000002, VMIDs: ['vm-other'], Params: { VMID: 'vm-0' } });

    const company = await p.a.readActivity({ companyId: 200000001 }, 100);
    expect(company.events).toHaveLength(9);
    expect((await p.a.readActivity({ publicKey: 'key-b' }, 100)).events.map((e) => e.VMIDs)).toEqual([['vm-other']]);
    const vm1 = await p.b.readActivity({ companyId: 200000001, vmId: 'vm-1' }, 100);
    expect(vm1.events.map((e) => e.Time - 1_700_000_000_000)).toEqual([7, 4, 1]);
    expect((await p.b.readActivity({ companyId: 200000002, vmId: 'vm-1' }, 100)).events).toEqual([]);

    const first = await p.a.readActivity({ companyId: 200000001 }, 4);
    expect(first.events.map((e) => e.Time - 1_700_000_000_000)).toEqual([8, 7, 6, 5]);
    expect(first.next).toBe(first.events[3].Id);
    const second = await p.b.readActivity({ companyId: 200000001 }, 4, first.next!);
    expect(second.events.map((e) => e.Time - 1_700_000_000_000)).toEqual([4, 3, 2, 1]);
    const last = await p.a.readActivity({ companyId: 200000001 }, 4, second.next!);
    expect(last.events.map((e) => e.Time - 1_700_000_000_000)).toEqual([0]);
    expect(last.next).toBeNull();
  });

  it('keeps about the newest `cap` activity events', async () => {
    for (let n = 0; n < 700; n++) await either(p, n).recordActivity(event(n), 100);
    const kept = (await p.a.readActivity({}, 100)).events;
    expect(kept[0].Time - 1_700_000_000_000).toBe(699);
    // Redis trims whole stream nodes (MAXLEN ~), so it may keep somewhat more than the cap, never unbounded.
    const total = await countAll(p.b);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(total).toBeLessThan(300);
  });

});
