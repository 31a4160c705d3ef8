import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildGateway } from './app';
import { post, signIn, testConfig } from './test-gateway';
import { ADMIN_KEYS, startTestPlatform, TENANT_KEYS, type TestPlatform } from './test-platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform.close();
});

it('keeps private keys, signatures, passwords and cookies out of every log line', async () => {
  let logs = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs += chunk.toString('utf8');
      done();
    },
  });
  const app = await buildGateway(testConfig(platform.url, { logLevel: 'trace', totalTimeoutMs: 200 }), { logStream: stream });
  const before = platform.received.length;

  const admin = await signIn(app, ADMIN_KEYS);
  const tenant = await signIn(app, TENANT_KEYS);
  await post(app, '/auth/login', { PublicKey: ADMIN_KEYS.publicKey, PrivateKey: 'wrong-private-key-guess' });
  await post(app, '/api', { Action: 'DescribeUser', Limit: 5 }, admin);
  await post(app, '/api', { Action: 'ResetVMInstancePassword', Region: 'cn-bj2', VMID: 'vm-a', Password: 'Secr3t!pass' }, tenant);
  await post(app, '/api', { Action: 'DescribeRegion', Signature: 'c'.repeat(40) }, tenant);
  await app.inject({ method: 'GET', url: `/api?PublicKey=x&Signature=${'d'.repeat(40)}`, headers: { cookie: tenant } });
  platform.behave(() => undefined);
  await post(app, '/api', { Action: 'DescribeVMInstance', Region: 'cn-bj2' }, tenant);
  await post(app, '/auth/logout', {}, admin);
  await app.close();

  const signatures = platform.received.slice(before).map((r) => r.params.Signature);
  expect(signatures.length).toBeGreaterThan(4);
  expect(logs.split('\n').length).toBeGreaterThan(10);
  const secrets = [
    ADMIN_KEYS.privateKey,
    TENANT_KEYS.privateKey,
    'wrong-private-key-guess',
    'Secr3t!pass',
    'c'.repeat(40),
    'd'.repeat(40),
    admin.split('=')[1],
    tenant.split('=')[1],
    ...signatures,
  ];
  for (const secret of secrets) expect(logs).not.toContain(secret);
  expect(logs).not.toContain(platform.url);
});
