import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildGateway } from '../app';
import { post, signIn, testConfig } from '../test-gateway';
import { startTestPlatform, TENANT_KEYS, type TestPlatform } from '../test-platform';

// Issue 13: a search keyword carrying a right-to-left override or a line break never reaches the platform.
let platform: TestPlatform;
let app: FastifyInstance;
let tenant: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  app = await buildGateway(testConfig(platform.url));
  tenant = await signIn(app, TENANT_KEYS);
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

it.each(['DescribeVMInstance', 'DescribeImage', 'DescribeVPC'])('refuses a %s Keyword with control or bidi characters', async (Action) => {
  const before = platform.received.length;
  for (const Keyword of ['gpu\u202Etxt', 'web\r\nX-Injected: 1', 'nul\u0000']) {
    const res = await post(app, '/api', { Action, Region: 'cn-bj2', Keyword }, tenant);
    expect(res.statusCode).toBe(400);
    expect(res.json().Issues).toEqual([{ Path: 'Keyword', Message: 'validation.text.unsafe' }]);
  }
  expect(platform.received.length).toBe(before);
  expect((await post(app, '/api', { Action, Region: 'cn-bj2', Keyword: 'web-01' }, tenant)).statusCode).toBe(200);
});
