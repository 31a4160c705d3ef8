import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signParams } from '../wire/sign';
import { buildSimulator, type Simulator } from './app';
import { call, demoAccount, ENCODINGS, form, send } from './sim-test-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 50 });
});
afterAll(() => sim.close());

const tenant = demoAccount('tenant');
const signed = (params: Record<string, string | number>) => signParams(params, tenant.publicKey, tenant.privateKey);

describe('transport (docs/protocol.md §1)', () => {
  it.each(ENCODINGS)('answers a signed DescribeVMInstance sent as %s', async (encoding) => {
    const res = await call(sim.app, 'tenant', 'DescribeVMInstance', { Limit: 3, VMIDs: ['vm-demo0001', 'vm-demo0002'] }, encoding);
    expect(res).toMatchObject({ Action: 'DescribeVMInstanceResponse', RetCode: 0, Message: '', TotalCount: 2 });
    const info = (res.Infos as Record<string, unknown>[])[0];
    expect(Number.isInteger(info.CPU)).toBe(true);
    expect(info.CompanyID).toBe(200000001);
  });

  it('sets X-UCLOUD-REQUEST-UUID and accepts /api without a trailing slash and with one', async () => {
    const payload = signed({ Action: 'DescribeRegion' });
    for (const url of ['/api', '/api/']) {
      const res = await sim.app.inject({ method: 'POST', url, payload });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ucloud-request-uuid']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.json()).toMatchObject({ RetCode: 0 });
    }
  });

  it('merges query and body, the body winning', async () => {
    const body = signed({ Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 1 });
    const res = await sim.app.inject({
      method: 'POST',
      url: '/api?Action=DescribeVMInstance&Limit=50',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form(body),
    });
    expect((res.json().Infos as unknown[]).length).toBe(1);
  });

  it('ignores Zone, unknown parameters such as Request-UUID, and reads ProjectId as ProjectID', async () => {
    const res = await call(sim.app, 'tenant', 'DescribeVMInstance', { Zone: 'cn-bj2-04', 'Request-UUID': 'abc', Limit: 1 }, 'python');
    expect(res.RetCode).toBe(0);
    const created = await call(sim.app, 'tenant', 'CreateVMInstance', {
      Name: 'pid', Password: 'Passw0rd!', ChargeType: 'Dynamic', VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74',
      CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB', VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21',
      ProjectId: 'prj-200000001', DataDiskSetType: 'StorageSetCCCC', Zone: 'cn-bj2-04',
    }, 'go');
    expect(created).toMatchObject({ RetCode: 0 });
    expect(created.DiskID).toBeUndefined();
    const list = await call(sim.app, 'tenant', 'DescribeVMInstance', { ProjectIDs: ['prj-200000001'], VMIDs: [created.VMID] });
    expect(list.TotalCount).toBe(1);
  });

  it('answers a malformed JSON body with HTTP 200 and RetCode 4', async () => {
    const res = await sim.app.inject({ method: 'POST', url: '/api', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ RetCode: 4 });
  });
});

describe('envelope errors (docs/protocol.md §4)', () => {
  it.each(ENCODINGS)('101 without Action, 103/104/109 for key and signature problems, 110, 102 (%s)', async (enc) => {
    expect((await send(sim.app, signed({ Region: 'cn-bj2' }), enc)).RetCode).toBe(101);
    expect((await send(sim.app, { Action: 'DescribeRegion', Signature: 'x' }, enc)).RetCode).toBe(103);
    expect((await send(sim.app, { Action: 'DescribeRegion', PublicKey: tenant.publicKey }, enc)).RetCode).toBe(104);
    const unknownKey = signParams({ Action: 'DescribeRegion' }, 'nobody-public-key', tenant.privateKey);
    expect((await send(sim.app, unknownKey, enc)).RetCode).toBe(103);
    const wrong = { ...signed({ Action: 'DescribeRegion' }), Signature: '0'.repeat(40) };
    expect(await send(sim.app, wrong, enc)).toMatchObject({ Action: 'DescribeRegionResponse', RetCode: 109 });
    const tampered = { ...signed({ Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 1 }), Limit: 2 };
    expect((await send(sim.app, tampered, enc)).RetCode).toBe(109);
    expect(await send(sim.app, signed({ Action: 'DescribeUHostInstance', Region: 'cn-bj2' }), enc)).toMatchObject({
      Action: 'DescribeUHostInstanceResponse', RetCode: 110,
    });
    expect((await send(sim.app, signed({ Action: 'DescribeVMInstance' }), enc)).RetCode).toBe(102);
    expect((await send(sim.app, signed({ Action: 'DescribeRegion' }), enc)).RetCode).toBe(0);
  });

  it('names an unknown region', async () => {
    const res = await call(sim.app, 'tenant', 'DescribeVMInstance', { Region: 'cn-nowhere' });
    expect(res).toMatchObject({ RetCode: 200, Message: 'Region cn-nowhere not found' });
  });
});

describe('fault injection', () => {
  it('answers RetCode 2 for the configured error rate, after the configured latency', async () => {
    const faulty = await buildSimulator({ dataDir: ':memory:', errorRate: 1, latencyMs: 30 });
    try {
      const started = Date.now();
      const res = await call(faulty.app, 'tenant', 'DescribeRegion');
      expect(Date.now() - started).toBeGreaterThanOrEqual(25);
      expect(res).toMatchObject({ Action: 'DescribeRegionResponse', RetCode: 2 });
    } finally {
      await faulty.close();
    }
  });
});
