import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signature } from '../wire/sign';

/** Test support: a small real HTTP server standing in for the platform, counting what it receives. */
export interface Received {
  params: Record<string, string>;
  contentType: string | undefined;
  url: string;
}

export type PlatformBehaviour = (received: Received, res: http.ServerResponse) => void;

export const ADMIN_KEYS = { publicKey: 'admin-public-key-0123456789', privateKey: 'admin-private-key-SECRET-9f8e7d6c5b4a' };
export const TENANT_KEYS = { publicKey: 'tenant-public-key-0123456789', privateKey: 'tenant-private-key-SECRET-1a2b3c4d5e6f' };

function json(res: http.ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** Checks the signature like the platform does and answers DescribeUser by role; echoes other actions. */
export const signedEcho: PlatformBehaviour = ({ params }, res) => {
  const keys = [ADMIN_KEYS, TENANT_KEYS].find((k) => k.publicKey === params.PublicKey);
  const action = params.Action;
  if (!keys) return json(res, { Action: `${action}Response`, RetCode: 103, Message: 'unknown key' });
  const { Signature: sent, ...rest } = params;
  if (signature(rest, keys.privateKey) !== sent) {
    return json(res, { Action: `${action}Response`, RetCode: 109, Message: 'bad signature' });
  }
  if (action === 'DescribeUser') {
    if (keys !== ADMIN_KEYS) return json(res, { Action: 'DescribeUserResponse', RetCode: 111, Message: 'admin only' });
    return json(res, {
      Action: 'DescribeUserResponse',
      RetCode: 0,
      TotalCount: 1,
      Infos: [{ CompanyID: 200000259, Name: 'acme', PublicKey: TENANT_KEYS.publicKey, PrivateKey: TENANT_KEYS.privateKey }],
    });
  }
  if (action === 'StopVMInstance') return json(res, { Action: 'StopVMInstanceResponse', RetCode: 1005, Message: 'state wrong' });
  return json(res, { Action: `${action}Response`, RetCode: 0, Received: rest });
};

export interface TestPlatform {
  url: string;
  received: Received[];
  behave(behaviour: PlatformBehaviour): void;
  close(): Promise<void>;
}

export async function startTestPlatform(): Promise<TestPlatform> {
  let behaviour = signedEcho;
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const entry = { params, contentType: req.headers['content-type'], url: req.url ?? '' };
      received.push(entry);
      behaviour(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    received,
    behave: (b) => {
      behaviour = b;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
