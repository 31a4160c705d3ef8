import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import type { Envelope } from '../../../../contract/envelope';
import { createVncServers, type VncServers } from '../../../simulator/rfb/vnc-servers';
import { RfbTestClient } from '../../../simulator/rfb/rfb-test-client';
import type { VncEndpoint } from '../../../simulator/vnc-provider';
import type { Session } from '../../session/session';
import type { ConsoleLimits } from '../../console/console-limits';
import { ConsoleRegistry } from '../../console/console-registry';
import { consoleRoutes } from './console-routes';
import { corePlugins } from '../../plugins/core-plugins';
import { EmbeddedStore } from '../../state/embedded-store';
import type { StateStore } from '../../state/state-store';
import type { Upstream } from '../../upstream/upstream';

/**
 * A gateway with only the console routes, for the console tests: real tickets, a real bridge, and the
 * simulator's real VNC servers behind GetVMVNCInfo. VM ids steer the fixture's platform:
 * vm-stopped answers RetCode 1005, vm-badpass hands out a wrong password, vm-gone a closed port, vm-mute a
 * port that never speaks.
 */
export interface ConsoleTestApp {
  app: FastifyInstance;
  origin: string;
  servers: VncServers;
  registry: ConsoleRegistry;
  /** The real endpoint behind the last successful GetVMVNCInfo. */
  lastEndpoint: VncEndpoint | null;
  endSession(sessionId: string): void;
  close(): Promise<void>;
}

function session(id: string): Session {
  return { id, publicKey: 'pk', privateKey: 'sk', companyId: 200000001, isAdmin: false, createdAt: 0, lastSeenAt: 0 };
}

export const SESSIONS = { a: session('session-a'), b: session('session-b') };

/** `store`: shared by fixtures that play replicas of one cluster; each fixture has its own otherwise. */
export async function startConsoleApp(opts: { limits?: Partial<ConsoleLimits>; secret?: Buffer; store?: StateStore } = {}): Promise<ConsoleTestApp> {
  const store = opts.store ?? new EmbeddedStore({ databasePath: ':memory:' });
  const servers = createVncServers();
  const registry = new ConsoleRegistry();
  const endListeners: Array<(id: string) => void> = [];
  const closedPort = createServer();
  const mute: Server = createServer(() => undefined);
  await Promise.all([closedPort, mute].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  const portOf = (s: Server) => (s.address() as { port: number }).port;
  const gonePort = portOf(closedPort);
  await new Promise<void>((resolve) => closedPort.close(() => resolve()));
  const app = Fastify();
  const fixture: ConsoleTestApp = {
    app,
    origin: '',
    servers,
    registry,
    lastEndpoint: null,
    endSession: (id) => endListeners.forEach((listener) => listener(id)),
    close: async () => {
      await app.close();
      if (!opts.store) await store.close();
      await servers.close();
      await new Promise<void>((resolve) => mute.close(() => resolve()));
    },
  };
  // inject() always says Host: localhost:80; a browser names the address it connected to, which is the
  // origin the fixture's pages come from.
  app.addHook('onRequest', async (request) => {
    if (fixture.origin) request.headers.host = new URL(fixture.origin).host;
  });
  // The gateway's own plugins (guard, session); only where sessions come from is the fixture's.
  await app.register(corePlugins, {
    sessions: {
      read: (request) => Object.values(SESSIONS).find((s) => s.id === request.cookies.sid) ?? null,
      touch: () => undefined,
    },
  });
  const upstream: Upstream = {
    call: async (_keys, _action, params): Promise<Envelope> => {
      const vmId = String(params.VMID);
      if (vmId === 'vm-stopped') return { Action: 'GetVMVNCInfoResponse', RetCode: 1005, Message: 'The VM is not running.' };
      const endpoint = await servers.open({ VMID: vmId, Name: 'web-01' });
      fixture.lastEndpoint = endpoint;
      const port = vmId === 'vm-gone' ? gonePort : vmId === 'vm-mute' ? portOf(mute) : endpoint.port;
      const password = vmId === 'vm-badpass' ? 'not-this' : endpoint.password;
      return { Action: 'GetVMVNCInfoResponse', RetCode: 0, Info: { VNCIP: endpoint.host, VNCPort: port, VNCPassword: password, VMID: vmId } };
    },
  };
  await app.register(consoleRoutes, {
    secret: opts.secret ?? randomBytes(32),
    limits: opts.limits,
    registry,
    upstream,
    store,
    activity: { store, cap: 1_000 },
    onSessionEnd: (listener) => endListeners.push(listener),
    isRevoked: (sessionId) => store.isRevoked(sessionId),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  fixture.origin = address;
  return fixture;
}

/** POST /console/tickets as the page would send it. */
export async function mintTicket(t: ConsoleTestApp, vmId = 'vm-a', sessionId = SESSIONS.a.id) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/console/tickets',
    headers: { origin: t.origin, 'x-requested-by': 'console', 'content-type': 'application/json', cookie: `sid=${sessionId}` },
    payload: { Region: 'cn', VMID: vmId },
  });
  return { status: res.statusCode, text: res.body, body: res.json() as { Ticket: string; URL: string } };
}

export interface OpenedConsole {
  ws: WebSocket;
  client: RfbTestClient;
  /** Every frame the browser side received, in order. */
  frames: Buffer[];
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens the WebSocket like a browser; rejects with "HTTP <status>" when the upgrade is refused. */
export function openConsole(
  t: ConsoleTestApp,
  url: string,
  headers: Record<string, string> = { origin: t.origin, cookie: `sid=${SESSIONS.a.id}` },
): Promise<OpenedConsole> {
  const ws = new WebSocket(t.origin.replace(/^http/, 'ws') + url, { headers });
  const frames: Buffer[] = [];
  const dataListeners: Array<(chunk: Buffer) => void> = [];
  const closeListeners: Array<() => void> = [];
  ws.on('message', (data: Buffer) => {
    frames.push(data);
    dataListeners.forEach((listener) => listener(data));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      closeListeners.forEach((listener) => listener());
      resolve({ code, reason: reason.toString() });
    }),
  );
  const client = new RfbTestClient({
    write: (data) => ws.send(data),
    onData: (listener) => dataListeners.push(listener),
    onClose: (listener) => closeListeners.push(listener),
  });
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve({ ws, client, frames, closed }));
    ws.on('unexpected-response', (req, res) => {
      req.destroy();
      reject(new Error(`HTTP ${res.statusCode}`));
    });
    ws.on('error', reject);
  });
}
