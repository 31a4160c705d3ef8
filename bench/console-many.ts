import { mintTicket, type GatewaySession } from './gateway-client';
import { rfbOverWebSocket, type OpenRfb } from './rfb-clients';
import type { StackProcess } from './stack-process';
import { sleep } from './stats';

// The gateway allows five consoles per session (console-limits.ts), so 50 need ten sessions.
export const PER_SESSION = 5;

function sessionFor(sessions: readonly GatewaySession[], i: number): GatewaySession {
  const s = sessions[Math.floor(i / PER_SESSION)];
  if (!s) throw new Error(`console ${i} needs session ${Math.floor(i / PER_SESSION)}`);
  return s;
}

const wsUrl = (s: GatewaySession, path: string) => s.url.replace(/^http/, 'ws') + path;

async function openWithTicket(s: GatewaySession, path: string): Promise<OpenRfb> {
  return rfbOverWebSocket(wsUrl(s, path), { origin: s.url, cookie: s.cookie }, null);
}

export async function closeAll(consoles: readonly OpenRfb[]): Promise<void> {
  await Promise.all(consoles.map((c) => c.close()));
  // The gateway forgets a console on its own close event, a moment after ours.
  await sleep(300);
}

/** Opens `count` consoles at once (ticket, WebSocket, RFB handshake, ServerInit); resolves with all of them open. */
export async function openMany(sessions: readonly GatewaySession[], vmIds: readonly string[], count: number): Promise<OpenRfb[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const s = sessionFor(sessions, i);
      return openWithTicket(s, await mintTicket(s, vmIds[i % vmIds.length]));
    }),
  );
}

/**
 * What `count` idle consoles cost the stack's process: tickets are minted first (each opens a VNC
 * listener in the simulator, which a real platform runs elsewhere), then the consoles are opened and
 * left idle; the difference after a GC, divided by `count`.
 */
export async function memoryPerConsole(
  stack: StackProcess,
  sessions: readonly GatewaySession[],
  vmIds: readonly string[],
  count: number,
): Promise<{ heapUsed: number; rss: number }> {
  const paths = await Promise.all(Array.from({ length: count }, (_, i) => mintTicket(sessionFor(sessions, i), vmIds[i % vmIds.length])));
  const before = await stack.memory();
  const consoles = await Promise.all(paths.map((path, i) => openWithTicket(sessionFor(sessions, i), path)));
  await sleep(500);
  const after = await stack.memory();
  await closeAll(consoles);
  return { heapUsed: (after.heapUsed - before.heapUsed) / count, rss: (after.rss - before.rss) / count };
}
