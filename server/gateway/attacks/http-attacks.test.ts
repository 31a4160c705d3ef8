import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGateway } from '../app';
import { testConfig } from '../test-gateway';

// Issue 13, smaller points: headers, long URLs and header trickling.
const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});
async function gateway(trustProxy = false) {
  const app = await buildGateway(testConfig('http://127.0.0.1:9/api', { trustProxy }));
  apps.push(app);
  return app;
}

describe('headers', () => {
  it('CSP lets the page connect to its own origin only', async () => {
    const csp = String((await (await gateway()).inject('/auth/config')).headers['content-security-policy']);
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/\bwss?:/);
  });

  it('sends Strict-Transport-Security over HTTPS behind a trusted proxy, not over plain HTTP', async () => {
    const app = await gateway(true);
    expect((await app.inject({ url: '/auth/config', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect((await app.inject('/auth/config')).headers['strict-transport-security']).toBeUndefined();
    const untrusted = await gateway(false);
    expect((await untrusted.inject({ url: '/auth/config', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeUndefined();
  });
});

it('answers an 8,000-character path with 414, not 403', async () => {
  const res = await (await gateway()).inject(`/${'a'.repeat(8_000)}`);
  expect(res.statusCode).toBe(414);
});

it('cuts a connection that trickles its headers within ~15 s', async () => {
  const app = await gateway();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const started = Date.now();
  const closedAfter = await new Promise<number>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    const drip = setInterval(() => socket.write('X-a: b\r\n'), 1_000);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(drip);
      resolve(Date.now() - started);
    });
  });
  expect(closedAfter).toBeLessThan(16_000);
}, 30_000);
