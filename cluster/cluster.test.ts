import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../server/simulator/demo-accounts';
import { mintTicket, openConsole, reconnect, type ClusterConsole } from './console-client';
import { listVms, post, signIn } from './http-client';
import { waitFor } from './processes';
import { servedBy, waitForAllReplicas } from './served-by';
import { signInFrom } from './source-address';
import { CONSOLE_SLOT_TTL_SECONDS, startCluster, type Cluster, type Replica } from './start-cluster';

// Issue 15: three gateway replicas on one Redis behind HAProxy, no stickiness. Requests go through HAProxy
// (X-Served-By says which replica answered) or straight to one replica where a test must pick it.

const tenant = DEMO_ACCOUNTS.find((a) => a.account === 'tenant') ?? DEMO_ACCOUNTS[0];
let cluster: Cluster;

const me = (base: string, cookie: string) => fetch(`${base}/auth/me`, { headers: { cookie } });

/** A VM of the tenant that is running (the simulator's seed has several), for its console. */
async function runningVm(cookie: string): Promise<string> {
  const res = await post(cluster.url, '/api', { Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 100 }, cookie);
  const body = (await res.json()) as { Infos: { VMID: string; State: string }[] };
  const vm = body.Infos.find((i) => i.State === 'Running');
  if (!vm) throw new Error('no running VM in the seed');
  return vm.VMID;
}

/** `count` consoles of one session opened one after another through HAProxy (round-robin spreads them). */
async function openMany(cookie: string, vmId: string, count: number): Promise<ClusterConsole[]> {
  const opened: ClusterConsole[] = [];
  for (let i = 0; i < count; i += 1) opened.push(await openConsole(cluster.url, cookie, String((await mintTicket(cluster.url, cookie, vmId)).url)));
  return opened;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);
}

beforeAll(async () => {
  cluster = await startCluster();
}, 240_000);
afterAll(async () => {
  await cluster?.close();
});

describe('three gateway replicas behind HAProxy', () => {
  it('serves one signed-in session from every replica, with no stickiness', async () => {
    const cookie = await signIn(cluster.url, tenant);
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await listVms(cluster.url, cookie));
    expect(answers.map((a) => a.res.status)).toEqual(Array(6).fill(200));
    expect(answers.every((a) => a.body.RetCode === 0)).toBe(true);
    expect(new Set(answers.map((a) => a.body.TotalCount)).size).toBe(1);
    expect(new Set(answers.map((a) => servedBy(a.res)))).toEqual(new Set(cluster.replicas.map((r) => r.name)));
  });

  it('accepts a session signed in on one replica directly on the others (shared SESSION_SECRET)', async () => {
    const [first, ...others] = cluster.replicas;
    const cookie = await signIn(first.url, tenant);
    for (const replica of others) {
      const { res, body } = await listVms(replica.url, cookie);
      expect([res.status, body.RetCode], replica.name).toEqual([200, 0]);
    }
  });

  it('routes around a replica killed mid-session, and takes it back once restarted', async () => {
    const cookie = await signIn(cluster.url, tenant);
    const victim = cluster.replicas[1];
    await victim.stop('SIGKILL');
    // No health check has noticed yet: HAProxy's redispatch must carry these to the live replicas.
    for (let i = 0; i < 6; i += 1) {
      const { res, body } = await listVms(cluster.url, cookie);
      expect([res.status, body.RetCode]).toEqual([200, 0]);
      expect(servedBy(res)).not.toBe(victim.name);
    }
    await victim.restart();
    await waitForAllReplicas(cluster.url, cluster.replicas.map((r) => r.name), 30_000);
  });

  it('checks /readyz: every replica is ready on Redis, and HAProxy asks /readyz', async () => {
    expect(cluster.healthPath).toBe('/readyz');
    for (const replica of cluster.replicas) {
      const ready = await fetch(`${replica.url}/readyz`);
      expect([ready.status, await ready.json()], replica.name).toEqual([200, { Ready: true, Detail: 'redis: connected' }]);
      const health = (await (await fetch(`${replica.url}/healthz`)).json()) as { Store: unknown };
      expect(health.Store).toEqual({ Kind: 'redis', Ready: true, Detail: 'redis: connected' });
    }
  });

  it('refuses on replica B a console ticket already redeemed on replica A (claimOnce across replicas)', async () => {
    const [a, b, c] = cluster.replicas;
    const cookie = await signIn(cluster.url, tenant);
    const vmId = await runningVm(cookie);
    const { url } = await mintTicket(a.url, cookie, vmId);
    const first = await openConsole(b.url, cookie, String(url));
    await expect(openConsole(c.url, cookie, String(url))).rejects.toThrow('HTTP 403');
    await expect(openConsole(b.url, cookie, String(url))).rejects.toThrow('HTTP 403');
    first.ws.close();
  });

  it('signing out on one replica ends the session on all three (GET /auth/me 401 on each replica directly)', async () => {
    const cookie = await signIn(cluster.url, tenant);
    for (const replica of cluster.replicas) expect((await me(replica.url, cookie)).status).toBe(200);
    expect((await post(cluster.replicas[0].url, '/auth/logout', {}, cookie)).status).toBe(204);
    for (const replica of cluster.replicas) expect((await me(replica.url, cookie)).status, replica.name).toBe(401);
  });

  it("signing out on replica A closes the session's console open on replica B (session-ended close code within 2 s)", async () => {
    const [a, b] = cluster.replicas;
    const cookie = await signIn(cluster.url, tenant);
    const vmId = await runningVm(cookie);
    const opened = await openConsole(b.url, cookie, String((await mintTicket(b.url, cookie, vmId)).url));
    const started = Date.now();
    expect((await post(a.url, '/auth/logout', {}, cookie)).status).toBe(204);
    const closed = await withTimeout(opened.closed, 2_000);
    expect(closed.code).toBe(4001);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('holds the sign-in limit across replicas: a parallel burst of 20 wrong-key sign-ins gives 5 key checks and 429 with Retry-After for the rest', async () => {
    const wrong = { PublicKey: tenant.publicKey, PrivateKey: 'not-the-private-key' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => signInFrom('127.0.0.2', cluster.url, wrong)));
    expect(answers.filter((r) => r.status === 401)).toHaveLength(5);
    const limited = answers.filter((r) => r.status === 429);
    expect(limited).toHaveLength(15);
    for (const r of limited) expect(Number(r.retryAfter)).toBeGreaterThan(14 * 60);
    // The right keys do not get past it either, whichever replica they land on; another client is not affected.
    for (let i = 0; i < 3; i += 1) expect((await signInFrom('127.0.0.2', cluster.url, { PublicKey: tenant.publicKey, PrivateKey: tenant.privateKey })).status).toBe(429);
    expect((await signInFrom('127.0.0.3', cluster.url, { PublicKey: tenant.publicKey, PrivateKey: tenant.privateKey })).status).toBe(200);
  });

  it('holds the console limits across replicas: a 6th console of one session is refused whichever replica it lands on', async () => {
    const cookie = await signIn(cluster.url, tenant);
    const vmId = await runningVm(cookie);
    const consoles = await openMany(cookie, vmId, 5);
    expect(new Set(consoles.map((c) => c.servedBy)).size).toBe(3);
    for (let i = 0; i < 3; i += 1) {
      await expect(openConsole(cluster.url, cookie, String((await mintTicket(cluster.url, cookie, vmId)).url))).rejects.toThrow('HTTP 429');
    }
    consoles[0].ws.close();
    await consoles[0].closed;
    await waitFor('the closed console to free its slot', async () => {
      const next = await openConsole(cluster.url, cookie, String((await mintTicket(cluster.url, cookie, vmId)).url)).catch(() => null);
      if (next) consoles.push(next);
      return next !== null;
    }, 5_000);
    for (const c of consoles) c.ws.close();
  });

  it('survives SIGKILL of the replica holding an open console: it reconnects through HAProxy on another replica, and the dead slot frees itself', async () => {
    const cookie = await signIn(cluster.url, tenant);
    const vmId = await runningVm(cookie);
    const opened = await openConsole(cluster.url, cookie, String((await mintTicket(cluster.url, cookie, vmId)).url));
    const victim = cluster.replicas.find((r) => r.name === opened.servedBy) as Replica;
    await victim.stop('SIGKILL');
    expect((await withTimeout(opened.closed, 2_000)).code).toBe(1006);
    const again = await reconnect(cluster.url, cookie, vmId, 15_000);
    expect(again.servedBy).not.toBe(victim.name);
    // The dead replica's slot counts until its TTL runs out; then the session has its 5 consoles again.
    await new Promise((resolve) => setTimeout(resolve, CONSOLE_SLOT_TTL_SECONDS * 1000 + 500));
    const more = await openMany(cookie, vmId, 4);
    for (const c of [again, ...more]) c.ws.close();
    await victim.restart();
    await waitForAllReplicas(cluster.url, cluster.replicas.map((r) => r.name), 30_000);
  });

  it('on SIGTERM a replica tells its consoles to reconnect (4000) and exits within 10 s; the console comes back on another replica', async () => {
    const cookie = await signIn(cluster.url, tenant);
    const vmId = await runningVm(cookie);
    const opened = await openConsole(cluster.url, cookie, String((await mintTicket(cluster.url, cookie, vmId)).url));
    const victim = cluster.replicas.find((r) => r.name === opened.servedBy) as Replica;
    const started = Date.now();
    const stopped = victim.stop('SIGTERM');
    expect((await withTimeout(opened.closed, 2_000)).code).toBe(4000);
    await stopped;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(victim.alive()).toBe(false);
    const again = await reconnect(cluster.url, cookie, vmId, 15_000);
    expect(again.servedBy).not.toBe(victim.name);
    again.ws.close();
    await victim.restart();
    await waitForAllReplicas(cluster.url, cluster.replicas.map((r) => r.name), 30_000);
  });

  it('with Redis stopped, new sign-ins and console tickets get 503 with a message, open consoles keep running, no replica exits; with Redis back all recovers', async () => {
    const cookie = await signIn(cluster.url, tenant);
    const vmId = await runningVm(cookie);
    const open = await openConsole(cluster.url, cookie, String((await mintTicket(cluster.url, cookie, vmId)).url));
    await cluster.redis.stop();
    await waitFor('every replica to say not ready', async () => {
      const states = await Promise.all(cluster.replicas.map((r) => fetch(`${r.url}/readyz`).then((res) => res.status)));
      return states.every((status) => status === 503);
    }, 10_000);
    const refused = await post(cluster.url, '/auth/login', { PublicKey: tenant.publicKey, PrivateKey: tenant.privateKey });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ MessageKey: 'error.gateway.stateUnavailable', Message: expect.stringContaining('open consoles keep running') });
    const ticket = await mintTicket(cluster.url, cookie, vmId);
    expect([ticket.status, (ticket.body as { MessageKey?: string }).MessageKey]).toEqual([503, 'error.gateway.stateUnavailable']);
    for (const replica of cluster.replicas) {
      const health = await fetch(`${replica.url}/healthz`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { Store: { Ready: boolean } }).Store.Ready).toBe(false);
    }
    await new Promise((resolve) => setTimeout(resolve, CONSOLE_SLOT_TTL_SECONDS * 1000));
    expect(open.ws.readyState).toBe(open.ws.OPEN);
    expect(cluster.replicas.every((r) => r.alive())).toBe(true);

    await cluster.redis.start();
    const back = Date.now();
    await waitForAllReplicas(cluster.url, cluster.replicas.map((r) => r.name), 10_000);
    expect(Date.now() - back).toBeLessThan(10_000);
    const fresh = await signIn(cluster.url, tenant);
    for (let i = 0; i < 3; i += 1) expect((await listVms(cluster.url, fresh)).body.RetCode).toBe(0);
    const again = await openConsole(cluster.url, fresh, String((await mintTicket(cluster.url, fresh, vmId)).url));
    expect(open.ws.readyState).toBe(open.ws.OPEN);
    for (const c of [open, again]) c.ws.close();
  });
});
