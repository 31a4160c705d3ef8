import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app';
import { post, signIn, testConfig } from '../test-gateway';
import { signedEcho, startTestPlatform, TENANT_KEYS, type TestPlatform } from '../test-platform';

let platform: TestPlatform;
let app: FastifyInstance;
let cookie: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  app = await buildGateway(testConfig(platform.url, { totalTimeoutMs: 300 }));
  cookie = await signIn(app, TENANT_KEYS);
});
afterEach(() => platform.behave(signedEcho));
afterAll(async () => {
  await app.close();
  await platform.close();
});

const read = { Action: 'DescribeVMInstance', Region: 'cn-bj2' };
const mutation = { Action: 'StartVMInstance', Region: 'cn-bj2', VMID: 'vm-a' };

/** Counts requests that reach the platform for one call through the gateway. */
async function attempts(body: object) {
  const before = platform.received.length;
  const res = await post(app, '/api', body, cookie);
  return { res, count: platform.received.length - before };
}

describe('upstream failures', () => {
  it('answers 504 when the platform does not answer in time', async () => {
    platform.behave(() => undefined);
    const { res } = await attempts(read);
    expect(res.statusCode).toBe(504);
    expect(res.json().Message).toBe('The platform did not answer within 0.3 s.');
  });

  it('answers 502 for HTTP >= 400, malformed JSON and a missing RetCode', async () => {
    const cases: [(res: http.ServerResponse) => void, RegExp][] = [
      [(res) => res.writeHead(500).end('{"RetCode":0}'), /HTTP 500/],
      [(res) => res.writeHead(404).end(), /HTTP 404/],
      [(res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"RetCode": 0,'), /not JSON/],
      [(res) => res.writeHead(200).end('<html>gateway</html>'), /not JSON/],
      [(res) => res.writeHead(200).end('[1]'), /not a JSON object/],
      [(res) => res.writeHead(200).end('{"Action":"DescribeVMInstanceResponse"}'), /without a RetCode/],
      [(res) => res.writeHead(200).end('{"RetCode":"0"}'), /without a RetCode/],
    ];
    for (const [answer, message] of cases) {
      platform.behave((_, res) => answer(res));
      const { res, count } = await attempts(read);
      expect(res.statusCode).toBe(502);
      expect(res.json().Message).toMatch(message);
      expect(count).toBe(1);
    }
  });

  it('answers 502 when the platform refuses connections', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const gw = await buildGateway(testConfig(`http://127.0.0.1:${port}/api`));
    try {
      // The cookie is sealed with the shared test secret, so this gateway accepts it.
      const res = await post(gw, '/api', read, cookie);
      expect(res.statusCode).toBe(502);
      expect(res.json().Message).toMatch(/could not be reached \(ECONNREFUSED\)/);
    } finally {
      await gw.close();
    }
  });

  it('retries a read once after a connection failure, and never a mutation', async () => {
    let dropped = 0;
    const dropFirst = (drops: number) =>
      platform.behave((received, res) => {
        if (dropped < drops) {
          dropped++;
          res.socket?.destroy();
        } else {
          signedEcho(received, res);
        }
      });

    dropFirst(1);
    const recovered = await attempts(read);
    expect(recovered.res.statusCode).toBe(200);
    expect(recovered.count).toBe(2);

    dropped = 0;
    dropFirst(5);
    const twice = await attempts(read);
    expect(twice.res.statusCode).toBe(502);
    expect(twice.count).toBe(2);

    dropped = 0;
    dropFirst(1);
    const once = await attempts(mutation);
    expect(once.res.statusCode).toBe(502);
    expect(once.count).toBe(1);
  });

  it('answers a sign-in with 502, not the key message, when the platform is broken', async () => {
    platform.behave((_, res) => res.writeHead(503).end());
    const res = await post(app, '/auth/login', { PublicKey: TENANT_KEYS.publicKey, PrivateKey: TENANT_KEYS.privateKey });
    expect(res.statusCode).toBe(502);
    expect(res.json().Message).toMatch(/HTTP 503/);
  });

  it('does not retry a read that timed out', async () => {
    platform.behave(() => undefined);
    const { res, count } = await attempts(read);
    expect(res.statusCode).toBe(504);
    expect(count).toBe(1);
  });
});
