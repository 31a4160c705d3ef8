import autocannon from 'autocannon';
import { row, type BenchRow } from './bench-row';
import { demoLogin, gatewayCall, postHeaders } from './gateway-client';
import { signedForm, simCall } from './sim-direct';
import { startStackProcess } from './stack-process';

const SECTION = 'Gateway';
const CONNECTIONS = 50;
const SECONDS = 5;
const LIST = { Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 20 };

interface Run {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

async function cannon(url: string, headers: Record<string, string>, body: string, duration: number): Promise<Run> {
  const result = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * DescribeVMInstance (Limit 20) through the gateway (session cookie, JSON, signing server-side) and
 * straight to the simulator (signed form), 50 connections each, one after the other against the
 * same stack. autocannon runs here; the stack runs in its own process.
 */
export async function gatewaySection(): Promise<BenchRow[]> {
  const stack = await startStackProcess({ name: 'gateway' });
  try {
    const session = await demoLogin(stack.url, 'tenant');
    const viaGateway = await gatewayCall(session, LIST);
    const direct = await simCall(stack.upstreamUrl, 'tenant', LIST);
    if (viaGateway.RetCode !== 0 || direct.RetCode !== 0) throw new Error(`RetCode ${viaGateway.RetCode} / ${direct.RetCode}`);
    // A signature covers only the params, so the same signed body can be replayed.
    const form = signedForm('tenant', LIST);
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    const gatewayTarget = [`${stack.url}/api`, postHeaders(session), JSON.stringify(LIST)] as const;
    const directTarget = [stack.upstreamUrl, formHeaders, form] as const;
    // A short warm-up of each path first, so neither figure includes JIT compilation.
    await cannon(...gatewayTarget, 1);
    await cannon(...directTarget, 1);
    const g = await cannon(...gatewayTarget, SECONDS);
    const d = await cannon(...directTarget, SECONDS);
    const note = (r: Run) => `${CONNECTIONS} connections, ${SECONDS} s${r.failures ? `, ${r.failures} failed` : ''}`;
    return [
      row(SECTION, 'through the gateway: requests/s', g.rps, 'req/s', { note: note(g) }),
      row(SECTION, 'through the gateway: p50 latency', g.p50, 'ms'),
      row(SECTION, 'through the gateway: p99 latency', g.p99, 'ms'),
      row(SECTION, 'direct to the simulator: requests/s', d.rps, 'req/s', { note: note(d) }),
      row(SECTION, 'direct to the simulator: p50 latency', d.p50, 'ms'),
      row(SECTION, 'direct to the simulator: p99 latency', d.p99, 'ms'),
      row(SECTION, 'gateway / direct throughput', g.rps / d.rps, 'ratio'),
      row(SECTION, 'gateway / direct p50 latency', g.p50 / d.p50, 'ratio'),
    ];
  } finally {
    await stack.close();
  }
}
