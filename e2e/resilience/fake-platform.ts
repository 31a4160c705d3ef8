import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signature } from '../../server/wire/sign';
import { healthyAnswer, type VncEndpoint } from './platform-answers';

/**
 * A small real UCloudStack stand-in for the resilience spec: it checks signatures like the platform,
 * answers every known key sensibly, and can be told to misbehave for one key and some actions, so a
 * second user on the same gateway keeps getting normal answers. It counts every call it receives.
 */
/** What `hits` calls the state-count reads (DescribeVMInstance with States and Limit 1). */
export const STATE_COUNT = 'DescribeVMInstance(count)';

export type Misbehaviour =
  | 'hang' // reads the request and never answers
  | 'http-500' // an HTML error page with status 500
  | 'not-json' // status 200, an HTML page
  | 'no-retcode' // JSON, but not the platform's envelope
  | 'bad-shape' // a valid envelope whose fields are not what the action returns
  | 'reset'; // reads the request, then drops the connection without a word

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

export const VICTIM: KeyPair = { publicKey: 'resilience-victim-public', privateKey: 'resilience-victim-private-SECRET-7e3a' };
export const BYSTANDER: KeyPair = { publicKey: 'resilience-bystander-public', privateKey: 'resilience-bystander-private-SECRET-9c1d' };

export interface FakePlatform {
  url: string;
  /** Makes `keys` get `mode` for the given actions (until `heal`). */
  misbehave(keys: KeyPair, mode: Misbehaviour, actions: readonly string[]): void;
  heal(): void;
  /** Calls received for this key and action since the start. */
  hits(keys: KeyPair, action: string): number;
  /** Where GetVMVNCInfo points for a VM. */
  setVnc(vmId: string, endpoint: VncEndpoint): void;
  /** Stops listening (connections are refused) and listens again on the same port. */
  refuse(): Promise<void>;
  accept(): Promise<void>;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type }).end(body);
}

function misbehave(mode: Exclude<Misbehaviour, 'hang'>, action: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (mode === 'reset') return void req.socket.destroy();
  if (mode === 'http-500') return send(res, 500, 'text/html', '<html><body><h1>500 Internal Server Error</h1></body></html>');
  if (mode === 'not-json') return send(res, 200, 'text/html', '<html><body>Maintenance</body></html>');
  if (mode === 'no-retcode') return send(res, 200, 'application/json', JSON.stringify({ Action: `${action}Response`, Data: [] }));
  send(res, 200, 'application/json', JSON.stringify({ Action: `${action}Response`, RetCode: 0, TotalCount: 'many', Infos: {} }));
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const counts = new Map<string, number>();
  const vnc = new Map<string, VncEndpoint>();
  let bad: { publicKey: string; mode: Misbehaviour; actions: readonly string[] } | null = null;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const action = params.Action ?? '';
      const keys = [VICTIM, BYSTANDER].find((k) => k.publicKey === params.PublicKey);
      // The list's state chips count with States and Limit 1: counted apart, so a list load's own reads stay countable.
      const stateCount = action === 'DescribeVMInstance' && params['States.0'] !== undefined && params.Limit === '1';
      const countKey = `${params.PublicKey}/${stateCount ? STATE_COUNT : action}`;
      counts.set(countKey, (counts.get(countKey) ?? 0) + 1);
      const json = (body: unknown) => send(res, 200, 'application/json', JSON.stringify(body));
      if (!keys) return json({ Action: `${action}Response`, RetCode: 103, Message: 'unknown key' });
      const { Signature: sent, ...rest } = params;
      if (signature(rest, keys.privateKey) !== sent) return json({ Action: `${action}Response`, RetCode: 109, Message: 'bad signature' });
      if (bad && bad.publicKey === keys.publicKey && bad.actions.includes(action)) {
        if (bad.mode === 'hang') return; // the gateway's own deadline ends it
        return misbehave(bad.mode, action, req, res);
      }
      json(healthyAnswer(action, params, vnc));
    });
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api`,
    misbehave: (keys, mode, actions) => {
      bad = { publicKey: keys.publicKey, mode, actions };
    },
    heal: () => {
      bad = null;
    },
    hits: (keys, action) => counts.get(`${keys.publicKey}/${action}`) ?? 0,
    setVnc: (vmId, endpoint) => void vnc.set(vmId, endpoint),
    refuse: stop,
    accept: () => listen(port),
    close: async () => {
      if (server.listening) await stop();
    },
  };
}
