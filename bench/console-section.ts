import { row, type BenchRow } from './bench-row';
import { closeAll, memoryPerConsole, openMany, PER_SESSION } from './console-many';
import { fullScreenRate, keyRoundTrips } from './console-measures';
import { demoLogin, runningVmIds, type GatewaySession } from './gateway-client';
import { openBridgeRfb, openDirectRfb, rfbOverWebSocket, type OpenRfb } from './rfb-clients';
import { simCall } from './sim-direct';
import { startStackProcess } from './stack-process';
import { median, since, sleep } from './stats';
import { startWebsockify, websockifyInstalled } from './websockify';

const SECTION = 'Console';
/** Rounds of 50 consoles; each waits for a fresh ticket window (below), so each costs about a minute. */
const ROUNDS = 2;
/**
 * The gateway answers at most 60 console tickets a minute per access key and 20 per session
 * (server/gateway/routes/api/vnc-info-limit.ts, issue 13), in fixed windows: a round of 50 tickets starts
 * a minute after the last one, or the second round would be refused with 429.
 */
const TICKET_WINDOW_MS = 61_000;
/** Throughput rounds per path; more than the others, since the ratios between paths are what they are for. */
const RATE_ROUNDS = 5;
const ROUND_MS = 1000;
const KEYS = 50;
const MANY = 50;
const MB = 1e6;

async function vncEndpoint(upstreamUrl: string, vmId: string) {
  const reply = await simCall(upstreamUrl, 'tenant', { Action: 'GetVMVNCInfo', Region: 'cn-bj2', VMID: vmId });
  const info = reply.Info as { VNCIP: string; VNCPort: number; VNCPassword: string } | undefined;
  if (reply.RetCode !== 0 || !info) throw new Error(`GetVMVNCInfo: RetCode ${reply.RetCode}`);
  return { host: info.VNCIP, port: info.VNCPort, password: info.VNCPassword };
}

interface Rate {
  mbps: number;
  updates: number;
}

/**
 * Median MB/s over RATE_ROUNDS rounds of full-screen updates on each open console, taking turns round by
 * round so a burst of load from elsewhere on the machine hits every path alike.
 */
async function rates(consoles: OpenRfb[]): Promise<Rate[]> {
  const rounds = consoles.map(() => [] as Array<{ bytesPerSecond: number; updates: number }>);
  for (let i = 0; i < RATE_ROUNDS; i++) {
    for (const [k, rfb] of consoles.entries()) rounds[k].push(await fullScreenRate(rfb, ROUND_MS));
  }
  return rounds.map((r) => ({ mbps: median(r.map((x) => x.bytesPerSecond)) / MB, updates: r.reduce((n, x) => n + x.updates, 0) }));
}

export async function consoleSection(): Promise<BenchRow[]> {
  const stack = await startStackProcess({ name: 'console' });
  try {
    const sessions: GatewaySession[] = [];
    for (let i = 0; i < MANY / PER_SESSION; i++) sessions.push(await demoLogin(stack.url, 'tenant'));
    const vmIds = await runningVmIds(sessions[0], 10);
    const endpoint = await vncEndpoint(stack.upstreamUrl, vmIds[0]);
    const direct = await openDirectRfb(endpoint);
    const bridge = await openBridgeRfb(sessions[0], vmIds[0]);
    const { width, height } = direct.init;
    // websockify joins the same alternated rounds (direct, bridge, websockify, direct, ...), so a burst of
    // load from elsewhere on the machine cannot favour whichever path happened to run last.
    const proxy = websockifyInstalled() ? await startWebsockify(endpoint) : null;
    const viaWebsockify = proxy ? await rfbOverWebSocket(proxy.url, {}, endpoint.password) : null;
    const [d, b, w] = await rates(viaWebsockify ? [direct, bridge, viaWebsockify] : [direct, bridge]);
    await viaWebsockify?.close();
    proxy?.stop();
    const rows = [
      row(SECTION, 'full-screen updates direct over TCP', d.mbps, 'MB/s', { note: `${width}x${height} at 32 bpp, ${d.updates} updates` }),
      row(SECTION, 'full-screen updates through the gateway bridge', b.mbps, 'MB/s', { note: `${b.updates} updates` }),
      row(SECTION, 'bridge / direct throughput', b.mbps / d.mbps, 'ratio', { note: `${RATE_ROUNDS} alternated rounds` }),
      w
        ? row(SECTION, 'full-screen updates through websockify', w.mbps, 'MB/s', { note: `${w.updates} updates` })
        : row(SECTION, 'full-screen updates through websockify', null, 'MB/s', { note: 'not installed (Debian package websockify)' }),
      w
        ? row(SECTION, 'bridge / websockify throughput', b.mbps / w.mbps, 'ratio', { note: `${RATE_ROUNDS} alternated rounds, target >= 1.0` })
        : row(SECTION, 'bridge / websockify throughput', null, 'ratio', { note: 'websockify not installed' }),
    ];
    const directKeys: number[] = [];
    const bridgeKeys: number[] = [];
    // Interleaved in blocks, so a burst of load from elsewhere hits both paths alike.
    for (let i = 0; i < KEYS; i += 10) {
      directKeys.push(...(await keyRoundTrips(direct, 10)));
      bridgeKeys.push(...(await keyRoundTrips(bridge, 10)));
    }
    await direct.close();
    await bridge.close();
    rows.push(
      row(SECTION, 'keystroke round trip direct (p50)', median(directKeys), 'ms', { note: `${directKeys.length} keys` }),
      row(SECTION, 'keystroke round trip through the bridge (p50)', median(bridgeKeys), 'ms', { note: `${bridgeKeys.length} keys` }),
      row(SECTION, 'added latency of the bridge', median(bridgeKeys) - median(directKeys), 'ms'),
    );
    let lastTickets = performance.now();
    const freshTicketWindow = async () => {
      await sleep(Math.max(0, lastTickets + TICKET_WINDOW_MS - performance.now()));
    };
    const openTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // The first round shares its window with the bridge's one ticket: 51 of 60.
      if (i > 0) await freshTicketWindow();
      const start = performance.now();
      const consoles = await openMany(sessions, vmIds, MANY);
      openTimes.push(since(start));
      lastTickets = performance.now();
      await closeAll(consoles);
    }
    rows.push(
      row(SECTION, `${MANY} consoles at once: time until all have ServerInit`, median(openTimes), 'ms', {
        note: `ticket + WebSocket + handshake each, ${ROUNDS} rounds`,
      }),
    );
    const memory = [];
    for (let i = 0; i < ROUNDS; i++) {
      await freshTicketWindow();
      memory.push(await memoryPerConsole(stack, sessions, vmIds, MANY));
      lastTickets = performance.now();
    }
    rows.push(
      row(SECTION, 'memory per idle console (heapUsed)', median(memory.map((m) => m.heapUsed)) / 1024, 'KiB', {
        note:
          `heap delta over ${MANY} consoles after GC, with the simulator's RFB side in the same process; ` +
          `RSS delta ${(median(memory.map((m) => m.rss)) / 1024).toFixed(1)} KiB per console`,
      }),
    );
    return rows;
  } finally {
    await stack.close();
  }
}
