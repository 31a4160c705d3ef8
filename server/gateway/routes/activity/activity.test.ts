import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../../contract/gateway-activity';
import { buildSimulator, type Simulator } from '../../../simulator/app';
import { DEMO_ACCOUNTS } from '../../../simulator/demo-accounts';
import { buildGateway } from '../../app';
import { post, sessionCookie, testConfig } from '../../test-gateway';

// The real simulator, so the demo accounts have their companies and the VMs their owners.
let simulator: Simulator;
let app: FastifyInstance;
let logs = '';
let admin: string;
let tenant: string;
let other: string;
/** The tenant's key pair signed in as a real platform would allow: the gateway does not learn its company. */
let blindTenant: string;
let tenantVm: string;
let otherVm: string;

const account = (name: string) => DEMO_ACCOUNTS.find((a) => a.account === name)!;
const REGION = 'cn-bj2';

async function firstVm(cookie: string, states: string[]): Promise<string> {
  const res = await post(app, '/api', { Action: 'DescribeVMInstance', Region: REGION, States: states, Limit: 1 }, cookie);
  return res.json().Infos[0].VMID as string;
}

async function activity(cookie: string, query: Record<string, unknown> = {}): Promise<{ Events: ActivityEvent[]; Next: string | null }> {
  const res = await post(app, '/api/activity', query, cookie);
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  simulator = await buildSimulator({ dataDir: ':memory:', transitionMs: 10 });
  await simulator.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = simulator.app.server.address() as AddressInfo;
  const logStream = new Writable({ write: (chunk: Buffer, _enc, done) => void ((logs += chunk.toString()), done()) });
  app = await buildGateway(testConfig(`http://127.0.0.1:${port}/api`, { upstreamKind: 'simulator', demoAccounts: DEMO_ACCOUNTS, logLevel: 'info' }), { logStream });
  const demo = async (Account: string) => sessionCookie(await post(app, '/auth/demo-login', { Account }));
  [admin, tenant, other] = [await demo('admin'), await demo('tenant'), await demo('other')];
  const keys = account('tenant');
  blindTenant = sessionCookie(await post(app, '/auth/login', { PublicKey: keys.publicKey, PrivateKey: keys.privateKey }));
  tenantVm = await firstVm(tenant, ['Running']);
  otherVm = await firstVm(other, ['Running']);
});
afterAll(async () => {
  await app.close();
  await simulator.close();
});

describe('the activity log', () => {
  it("records a tenant's mutation with who, what, which VM and the answer, and no read", async () => {
    await post(app, '/api', { Action: 'DescribeVMInstance', Region: REGION }, tenant);
    const stop = await post(app, '/api', { Action: 'StopVMInstance', Region: REGION, VMID: tenantVm }, tenant);
    expect(stop.json().RetCode).toBe(0);
    const [latest] = (await activity(tenant, { VMID: tenantVm })).Events;
    expect(latest).toMatchObject({
      PublicKey: account('tenant').publicKey,
      IsAdmin: false,
      OnBehalf: false,
      CompanyID: account('tenant').companyId,
      Action: 'StopVMInstance',
      VMIDs: [tenantVm],
      Params: { Region: REGION, VMID: tenantVm },
      RetCode: 0,
    });
    expect((await activity(tenant)).Events.some((e) => e.Action === 'DescribeVMInstance')).toBe(false);
  });

  it('records a refusal with its RetCode and message', async () => {
    const again = await post(app, '/api', { Action: 'ResizeVMConfig', Region: REGION, VMID: 'vm-missing', CPU: 2, Memory: 4096 }, tenant);
    expect(again.json().RetCode).not.toBe(0);
    const [latest] = (await activity(tenant, { VMID: 'vm-missing' })).Events;
    expect(latest).toMatchObject({ Action: 'ResizeVMConfig', RetCode: again.json().RetCode, Message: again.json().Message });
  });

  it("shows an admin's action on a tenant's behalf to that tenant, and to the admin filtered by tenant", async () => {
    await post(app, '/api', { Action: 'RestartVMInstance', Region: REGION, VMID: otherVm, CompanyID: account('other').companyId }, admin);
    const seen = (await activity(other, { VMID: otherVm })).Events[0];
    expect(seen).toMatchObject({ Action: 'RestartVMInstance', IsAdmin: true, OnBehalf: true, CompanyID: account('other').companyId, PublicKey: account('admin').publicKey });
    const byTenant = await activity(admin, { CompanyID: account('other').companyId });
    expect(byTenant.Events.length).toBeGreaterThan(0);
    expect(byTenant.Events.every((e) => e.CompanyID === account('other').companyId)).toBe(true);
    const everything = await activity(admin);
    expect(new Set(everything.Events.map((e) => e.CompanyID))).toEqual(new Set([account('tenant').companyId, account('other').companyId]));
  });

  it("never shows one tenant another tenant's events, whatever it names", async () => {
    for (const query of [{}, { CompanyID: account('tenant').companyId }, { VMID: tenantVm }, { VMID: tenantVm, Region: REGION }]) {
      const { Events } = await activity(other, query);
      expect(Events.every((e) => e.CompanyID === account('other').companyId)).toBe(true);
      expect(Events.some((e) => e.VMIDs.includes(tenantVm))).toBe(false);
    }
  });

  it('shows a tenant whose company is unknown its own VM only when the platform says it owns it', async () => {
    const own = await activity(blindTenant, { VMID: tenantVm, Region: REGION });
    expect(own.Events.map((e) => e.Action)).toContain('StopVMInstance');
    expect((await activity(blindTenant, { VMID: otherVm, Region: REGION })).Events).toEqual([]);
    expect((await activity(blindTenant, { VMID: otherVm })).Events).toEqual([]);
    // Without a VM: what its own keys did (the demo tenant's session used the same key pair).
    expect((await activity(blindTenant)).Events.every((e) => e.PublicKey === account('tenant').publicKey)).toBe(true);
  });

  it('keeps passwords out of events and log lines, and writes one structured line per mutation', async () => {
    const password = 'Secret-Pa55word!';
    await post(app, '/api', { Action: 'ResetVMInstancePassword', Region: REGION, VMID: tenantVm, Password: password }, tenant);
    const [latest] = (await activity(tenant, { VMID: tenantVm })).Events;
    expect(latest.Action).toBe('ResetVMInstancePassword');
    expect(latest.Params).not.toHaveProperty('Password');
    expect(JSON.stringify(latest)).not.toContain(password);
    expect(logs).not.toContain(password);
    const lines = logs.trim().split('\n').map((l) => JSON.parse(l) as { msg?: string; activity?: ActivityEvent });
    expect(lines.filter((l) => l.msg === 'activity').at(-1)?.activity).toMatchObject({ Action: 'ResetVMInstancePassword', VMIDs: [tenantVm] });
  });

  it('records a console opened (its VNC endpoint asked for), without the VNC password', async () => {
    const running = await firstVm(tenant, ['Running']);
    const res = await post(app, '/console/tickets', { Region: REGION, VMID: running }, tenant, { origin: 'http://console.test' });
    expect(res.statusCode).toBe(200);
    // A ticket, or the platform's refusal passed through: the event says which.
    const answer = res.json() as { Ticket?: string; RetCode?: number };
    const [latest] = (await activity(tenant, { VMID: running })).Events;
    expect(latest).toMatchObject({ Action: 'GetVMVNCInfo', VMIDs: [running], RetCode: answer.Ticket ? 0 : answer.RetCode });
    expect(JSON.stringify(latest)).not.toMatch(/VNCPassword/);
  });

  it('pages with Next and refuses what is not a query', async () => {
    const first = await activity(admin, { Limit: 1 });
    expect(first.Events).toHaveLength(1);
    const second = await activity(admin, { Limit: 1, Before: first.Next });
    expect(second.Events[0].Id).not.toBe(first.Events[0].Id);
    for (const bad of [{ Limit: 0 }, { Limit: 101 }, { Before: 'x; DROP' }, { Extra: 1 }]) {
      expect((await post(app, '/api/activity', bad, admin)).statusCode).toBe(400);
    }
    expect((await post(app, '/api/activity', {})).statusCode).toBe(401);
  });
});
