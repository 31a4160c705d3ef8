import { connect } from 'node:net';
import WebSocket from 'ws';
import { RfbTestClient, type ServerInit } from '../server/simulator/rfb/rfb-test-client';
import { mintTicket, type GatewaySession } from './gateway-client';

/** An RFB client past ServerInit, over whichever transport, counting the bytes it received. */
export interface OpenRfb {
  client: RfbTestClient;
  init: ServerInit;
  bytesReceived(): number;
  close(): Promise<void>;
}

function counting(onData: (listener: (chunk: Buffer) => void) => void) {
  let bytes = 0;
  onData((chunk) => {
    bytes += chunk.length;
  });
  return () => bytes;
}

/** Connects a WebSocket to `wsUrl` (the gateway bridge or websockify) and returns an RFB client on it. */
export async function rfbOverWebSocket(wsUrl: string, headers: Record<string, string>, password: string | null): Promise<OpenRfb> {
  const ws = new WebSocket(wsUrl, { headers });
  const dataListeners: Array<(chunk: Buffer) => void> = [];
  const closeListeners: Array<() => void> = [];
  ws.on('message', (data: Buffer) => dataListeners.forEach((listener) => listener(data)));
  const closed = new Promise<void>((resolve) =>
    ws.on('close', () => {
      closeListeners.forEach((listener) => listener());
      resolve();
    }),
  );
  const client = new RfbTestClient({
    write: (data) => ws.send(data),
    onData: (listener) => dataListeners.push(listener),
    onClose: (listener) => closeListeners.push(listener),
  });
  const bytesReceived = counting((listener) => dataListeners.push(listener));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (req, res) => {
      req.destroy();
      reject(new Error(`WebSocket upgrade refused: HTTP ${res.statusCode}`));
    });
    ws.once('error', reject);
  });
  const shake = await client.handshake(password);
  if (!shake.ok) throw new Error(`RFB handshake failed: ${shake.reason ?? 'unknown'}`);
  const init = await client.init();
  return {
    client,
    init,
    bytesReceived,
    close: async () => {
      ws.close();
      await closed;
    },
  };
}

/** Through the gateway: mint a ticket, open /console/ws; the gateway offers security "None". */
export async function openBridgeRfb(s: GatewaySession, vmId: string): Promise<OpenRfb> {
  const path = await mintTicket(s, vmId);
  return rfbOverWebSocket(s.url.replace(/^http/, 'ws') + path, { origin: s.url, cookie: s.cookie }, null);
}

/** Straight to the VM's RFB server over TCP, with its VNC password. */
export async function openDirectRfb(endpoint: { host: string; port: number; password: string }): Promise<OpenRfb> {
  const socket = connect(endpoint.port, endpoint.host);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  socket.setNoDelay(true);
  const dataListeners: Array<(chunk: Buffer) => void> = [];
  const closeListeners: Array<() => void> = [];
  socket.on('data', (chunk: Buffer) => dataListeners.forEach((listener) => listener(chunk)));
  socket.on('close', () => closeListeners.forEach((listener) => listener()));
  const client = new RfbTestClient({
    write: (data) => socket.write(data),
    onData: (listener) => dataListeners.push(listener),
    onClose: (listener) => closeListeners.push(listener),
  });
  const bytesReceived = counting((listener) => dataListeners.push(listener));
  const shake = await client.handshake(endpoint.password);
  if (!shake.ok) throw new Error(`RFB handshake failed: ${shake.reason ?? 'unknown'}`);
  const init = await client.init();
  return {
    client,
    init,
    bytesReceived,
    close: async () => {
      const done = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.end();
      await done;
    },
  };
}
