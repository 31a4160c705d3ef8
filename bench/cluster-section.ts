import autocannon from 'autocannon';
import { startCluster } from '../cluster/start-cluster';
import { DEMO_ACCOUNTS } from '../server/simulator/demo-accounts';
import { row, type BenchRow } from './bench-row';
import { benchPortRange } from './bench-ports';
import { signedForm } from './sim-direct';

const SECTION = 'Cluster';
const CONNECTIONS = 50;
const SECONDS = 5;
const LIST = { Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 20 };

type Target = readonly [url: string, headers: Record<string, string>, body: string];

interface Run {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

async function cannon(url: string, headers: Record<string, string>, body: string, duration: number): Promise<Run> {
  const result = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

async function signIn(base: string): Promise<string> {
  const tenant = DEMO_ACCOUNTS.find((a) => a.account === 'tenant') ?? DEMO_ACCOUNTS[0];
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-by': 'console', origin: base },
    body: JSON.stringify({ PublicKey: tenant.publicKey, PrivateKey: tenant.privateKey }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('console_session='));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in HTTP ${res.status}`);
  return cookie.split(';')[0];
}

/**
 * The deployment of issue 15 on this machine: the simulator in its own process, gateway replicas on Redis
 * (every request checks its session's sign-out there), HAProxy in front (cluster/start-cluster.ts, on ports
 * 8620-8623 and 8720). DescribeVMInstance (Limit 20) at 50 connections: straight to the simulator, through
 * one replica, and through HAProxy to three replicas.
 */
export async function clusterSection(): Promise<BenchRow[]> {
  const basePort = benchPortRange(10, 8620);
  const cluster = await startCluster({ basePort, simulatorPort: benchPortRange(1, 8720), logLevel: 'warn' });
  try {
    const one = cluster.replicas[0].url;
    const headers = (base: string, cookie: string) => ({ 'content-type': 'application/json', 'x-requested-by': 'console', origin: base, cookie });
    const body = JSON.stringify(LIST);
    const targets: Record<'direct' | 'one' | 'three', Target> = {
      direct: [cluster.simulatorUrl, { 'content-type': 'application/x-www-form-urlencoded' }, signedForm('tenant', LIST)],
      one: [`${one}/api`, headers(one, await signIn(one)), body],
      three: [`${cluster.url}/api`, headers(cluster.url, await signIn(cluster.url)), body],
    };
    // A short warm-up of each path first, so no figure includes JIT compilation.
    for (const target of Object.values(targets)) await cannon(...target, 1);
    const d = await cannon(...targets.direct, SECONDS);
    const g = await cannon(...targets.one, SECONDS);
    const h = await cannon(...targets.three, SECONDS);
    const note = (r: Run) => `${CONNECTIONS} connections, ${SECONDS} s${r.failures ? `, ${r.failures} failed` : ''}`;
    return [
      row(SECTION, 'direct to the simulator process: requests/s', d.rps, 'req/s', { note: note(d) }),
      row(SECTION, 'one replica (Redis): requests/s', g.rps, 'req/s', { note: note(g) }),
      row(SECTION, 'one replica / direct throughput', g.rps / d.rps, 'ratio', { note: 'target >= 0.85' }),
      row(SECTION, 'one replica: p99 added to direct', g.p99 - d.p99, 'ms', { budget: 5 }),
      row(SECTION, 'three replicas behind HAProxy: requests/s', h.rps, 'req/s', { note: note(h) }),
      row(SECTION, 'three replicas behind HAProxy: p99 latency', h.p99, 'ms'),
      row(SECTION, 'three replicas / one replica throughput', h.rps / g.rps, 'ratio', { note: 'target >= 2.2 with a core per replica' }),
    ];
  } finally {
    await cluster.close();
  }
}
