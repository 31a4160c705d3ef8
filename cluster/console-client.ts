import WebSocket from 'ws';
import { RfbTestClient } from '../server/simulator/rfb/rfb-test-client';
import { post } from './http-client';

export interface ClusterConsole {
  ws: WebSocket;
  /** Which replica bridged it (X-Served-By on the upgrade answer). */
  servedBy: string;
  closed: Promise<{ code: number; reason: string }>;
}

/** POST /console/tickets through `base`: the ticket's URL, or the refusal's status and body. */
export async function mintTicket(base: string, cookie: string, vmId: string): Promise<{ status: number; url?: string; body: unknown }> {
  const res = await post(base, '/console/tickets', { Region: 'cn-bj2', VMID: vmId }, cookie);
  const body = (await res.json()) as { URL?: string };
  return { status: res.status, url: body.URL, body };
}

/**
 * Opens a console WebSocket the way the browser does (same origin, the cookie) and completes the RFB
 * handshake through the gateway, which proves the bridge to the VM's VNC server really works. Rejects with
 * "HTTP <status>" when the upgrade is refused.
 */
export function openConsole(base: string, cookie: string, url: string): Promise<ClusterConsole> {
  const ws = new WebSocket(base.replace(/^http/, 'ws') + url, { headers: { origin: base, cookie } });
  const data: Array<(chunk: Buffer) => void> = [];
  const closes: Array<() => void> = [];
  ws.on('message', (chunk: Buffer) => data.forEach((listener) => listener(chunk)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      closes.forEach((listener) => listener());
      resolve({ code, reason: reason.toString() });
    }),
  );
  const client = new RfbTestClient({ write: (d) => ws.send(d), onData: (l) => data.push(l), onClose: (l) => closes.push(l) });
  return new Promise((resolve, reject) => {
    let servedBy = '';
    ws.on('upgrade', (res) => (servedBy = String(res.headers['x-served-by'] ?? '')));
    ws.on('unexpected-response', (req, res) => {
      req.destroy();
      reject(new Error(`HTTP ${res.statusCode}`));
    });
    ws.on('error', reject);
    ws.on('open', () => {
      client.handshake(null).then(
        (result) => (result.ok ? resolve({ ws, servedBy, closed }) : reject(new Error(`RFB handshake failed: ${result.reason ?? ''}`))),
        reject,
      );
    });
  });
}

/** Ticket + WebSocket + handshake, retried with the browser's back-off (1, 2, 4 s) until `deadlineMs`. */
export async function reconnect(base: string, cookie: string, vmId: string, deadlineMs: number): Promise<ClusterConsole> {
  const delays = [0, 1000, 2000, 4000, 8000];
  const started = Date.now();
  let last: unknown = null;
  for (const delay of delays) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (Date.now() - started > deadlineMs) break;
    try {
      const ticket = await mintTicket(base, cookie, vmId);
      if (!ticket.url) throw new Error(`ticket refused: HTTP ${ticket.status} ${JSON.stringify(ticket.body)}`);
      return await openConsole(base, cookie, ticket.url);
    } catch (err) {
      last = err;
    }
  }
  throw new Error(`console did not reconnect within ${deadlineMs} ms: ${String(last)}`);
}
