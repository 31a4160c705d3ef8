import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app';
import type { GatewayConfig } from '../gateway-config';
import { BROWSER_HEADERS, post, testConfig } from '../test-gateway';
import { signedEcho, startTestPlatform, TENANT_KEYS, type TestPlatform } from '../test-platform';

// Issue 13, items 1, 2 and 5: the sign-in limit against a hostile client, over real sockets where timing matters.
let platform: TestPlatform;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterEach(async () => {
  platform.behave(signedEcho);
  await Promise.all(apps.splice(0).map((a) => a.close()));
});
afterAll(async () => platform.close());

async function gateway(overrides: Partial<GatewayConfig> = {}) {
  const app = await buildGateway(testConfig(platform.url, overrides));
  apps.push(app);
  return app;
}

const keyChecks = () => platform.received.filter((r) => r.params.Action === 'DescribeUser').length;
const wrong = { PublicKey: TENANT_KEYS.publicKey, PrivateKey: 'guess' };
const right = { PublicKey: TENANT_KEYS.publicKey, PrivateKey: TENANT_KEYS.privateKey };

describe('item 1: a parallel burst of wrong sign-ins', () => {
  it('reaches the platform at most 5 times out of 50 sent at once over real connections', async () => {
    const app = await gateway();
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const before = keyChecks();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${base}/auth/login`, {
          method: 'POST',
          headers: { ...BROWSER_HEADERS, host: new URL(base).host, origin: base },
          body: JSON.stringify(wrong),
        }).then((res) => res.status),
      ),
    );
    expect(keyChecks() - before).toBeLessThanOrEqual(5);
    expect(answers.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(45);
  });
});

describe('item 2: a platform failure during sign-in', () => {
  it('answers RetCode 2 with 502 "could not check the keys", never counts it, and valid keys work afterwards', async () => {
    const app = await gateway();
    platform.behave((received, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ Action: `${received.params.Action}Response`, RetCode: 2, Message: 'internal error' }));
    });
    for (let i = 0; i < 8; i++) {
      const res = await post(app, '/auth/login', right);
      expect(res.statusCode).toBe(502);
      expect(res.json()).toMatchObject({ MessageKey: 'auth.error.notChecked', MessageVars: { detail: 'RetCode 2' } });
      expect(res.json().Message).not.toBe('The key pair was not accepted.');
    }
    platform.behave(signedEcho);
    expect((await post(app, '/auth/login', right)).statusCode).toBe(200);
  });

  it('answers an unreachable platform with 502, uncounted', async () => {
    const app = await buildGateway(testConfig('http://127.0.0.1:9/api', { connectTimeoutMs: 500 }));
    apps.push(app);
    for (let i = 0; i < 7; i++) {
      const res = await post(app, '/auth/login', right);
      expect(res.statusCode).toBe(502);
      expect(res.json()).toMatchObject({ MessageKey: 'auth.error.notChecked' });
    }
  });

  it('counts only the wrong-key answers 103, 104 and 109', async () => {
    const app = await gateway();
    for (const retCode of [103, 104, 109, 103, 109]) {
      platform.behave((_received, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ Action: 'DescribeUserResponse', RetCode: retCode, Message: 'no' }));
      });
      expect((await post(app, '/auth/login', right)).statusCode).toBe(401);
    }
    platform.behave(signedEcho);
    expect((await post(app, '/auth/login', right)).statusCode).toBe(429);
  });
});

describe('item 5: a forged X-Forwarded-For behind TRUST_PROXY', () => {
  // The proxy appends the address it saw; the client wrote whatever it liked to the left of it.
  const through = (forged: string, seen = '203.0.113.7') => ({ 'x-forwarded-for': `${forged}, ${seen}` });

  it('TRUST_PROXY=true trusts one hop: a new left-most entry per request does not reset the limit', async () => {
    const app = await gateway({ trustProxy: true });
    for (let i = 0; i < 5; i++) {
      expect((await post(app, '/auth/login', wrong, undefined, through(`10.0.0.${i}`))).statusCode).toBe(401);
    }
    const sixth = await post(app, '/auth/login', right, undefined, through('10.9.9.9'));
    expect(sixth.statusCode).toBe(429);
    // Another client behind the same proxy is counted on its own.
    expect((await post(app, '/auth/login', right, undefined, through('10.9.9.9', '203.0.113.8'))).statusCode).toBe(200);
  });

  it('a hop count or a list of proxies takes the entry those proxies vouch for', async () => {
    const twoHops = await gateway({ trustProxy: 2 });
    const chain = (forged: string) => ({ 'x-forwarded-for': `${forged}, 198.51.100.1, 10.1.1.1` });
    for (let i = 0; i < 5; i++) expect((await post(twoHops, '/auth/login', wrong, undefined, chain(`10.0.0.${i}`))).statusCode).toBe(401);
    expect((await post(twoHops, '/auth/login', right, undefined, chain('10.9.9.9'))).statusCode).toBe(429);

    const listed = await gateway({ trustProxy: ['127.0.0.1'] });
    for (let i = 0; i < 5; i++) expect((await post(listed, '/auth/login', wrong, undefined, through(`10.0.0.${i}`))).statusCode).toBe(401);
    expect((await post(listed, '/auth/login', right, undefined, through('10.9.9.9'))).statusCode).toBe(429);
  });
});
