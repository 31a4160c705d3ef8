import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from '../simulator/app';
import { DEMO_ACCOUNTS } from '../simulator/demo-accounts';
import { buildGateway } from './app';
import { post, sessionCookie, testConfig } from './test-gateway';

let simulator: Simulator;
let app: FastifyInstance;

beforeAll(async () => {
  simulator = await buildSimulator({ dataDir: ':memory:', transitionMs: 10 });
  await simulator.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = simulator.app.server.address() as AddressInfo;
  app = await buildGateway(testConfig(`http://127.0.0.1:${port}/api`, { upstreamKind: 'simulator', demoAccounts: DEMO_ACCOUNTS }));
});
afterAll(async () => {
  await app.close();
  await simulator.close();
});

const demo = async (Account: string) => sessionCookie(await post(app, '/auth/demo-login', { Account }));
const account = (name: string) => DEMO_ACCOUNTS.find((a) => a.account === name)!;

it('tells admins from tenants with the real simulator, and refuses a wrong key', async () => {
  const admin = account('admin');
  const ok = await post(app, '/auth/login', { PublicKey: admin.publicKey, PrivateKey: admin.privateKey });
  expect(ok.json()).toEqual({ PublicKey: admin.publicKey, CompanyID: null, IsAdmin: true });
  const tenant = account('tenant');
  const t = await post(app, '/auth/login', { PublicKey: tenant.publicKey, PrivateKey: tenant.privateKey });
  expect(t.json()).toMatchObject({ IsAdmin: false });
  const bad = await post(app, '/auth/login', { PublicKey: tenant.publicKey, PrivateKey: 'wrong' });
  expect(bad.statusCode).toBe(401);
  expect(bad.json()).toEqual({ Message: 'The key pair was not accepted.' });
});

it('keeps a tenant in its own company and strips keys from DescribeUser', async () => {
  const tenant = await demo('tenant');
  const other = account('other');
  const list = await post(app, '/api', { Action: 'DescribeVMInstance', Region: 'cn-bj2', CompanyID: other.companyId }, tenant);
  expect(list.json().RetCode).toBe(0);
  const companies = new Set(list.json().Infos.map((vm: { CompanyID: number }) => vm.CompanyID));
  expect([...companies]).toEqual([account('tenant').companyId]);

  const denied = await post(app, '/api', { Action: 'DescribeUser' }, tenant);
  expect(denied.statusCode).toBe(200);
  expect(denied.json().RetCode).not.toBe(0);

  const users = await post(app, '/api', { Action: 'DescribeUser' }, await demo('admin'));
  expect(users.json().RetCode).toBe(0);
  for (const info of users.json().Infos) {
    expect(info).not.toHaveProperty('PrivateKey');
    expect(info).not.toHaveProperty('PublicKey');
  }
  for (const a of DEMO_ACCOUNTS) expect(users.body).not.toContain(a.privateKey);
});
