import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionName } from '../../contract/contract';
import { buildSimulator, type Simulator } from './app';
import { createVncServers, type VncServers } from './rfb/vnc-servers';
import { call, createParams, ENCODINGS, type Encoding, type Reply } from './sim-test-client';

// transitionMs 0: a transition settles at the next request, so each case can set up its VM quickly.
let sim: Simulator;
let vnc: VncServers;
beforeAll(async () => {
  vnc = createVncServers();
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 0, vnc });
});
afterAll(async () => {
  await sim.close();
  await vnc.close();
});

async function vm(state: 'Running' | 'Stopped', extra: Record<string, unknown> = {}): Promise<Reply> {
  const created = await call(sim.app, 'tenant', 'CreateVMInstance', createParams(extra));
  expect(created.RetCode).toBe(0);
  if (state === 'Stopped') {
    await call(sim.app, 'tenant', 'DescribeVMInstance', { VMIDs: [created.VMID] });
    expect((await call(sim.app, 'tenant', 'StopVMInstance', { VMID: created.VMID })).RetCode).toBe(0);
  }
  await call(sim.app, 'tenant', 'DescribeVMInstance', { VMIDs: [created.VMID] });
  return created;
}

interface Case {
  account?: 'tenant' | 'admin';
  valid: () => Promise<Record<string, unknown>>;
  check?: (res: Reply) => void;
  invalid: Record<string, unknown>;
  invalidCode: number;
}

const price = { VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 2, Memory: 4096, BootDiskSetType: 'StorageSetBBBB',
  ChargeType: 'Month', BootDiskSpace: 40 };

const cases: Record<ActionName, Case> = {
  CreateVMInstance: {
    valid: async () => createParams({ DataDiskSpace: 20, DataDiskSetType: 'StorageSetCCCC', Bandwidth: 2 }),
    check: (r) => expect(r).toMatchObject({ VMID: expect.stringMatching(/^vm-/), DiskID: expect.any(String), EIPID: expect.any(String) }),
    invalid: createParams({ Password: 'short' }),
    invalidCode: 4,
  },
  DescribeVMInstance: {
    valid: async () => ({ Limit: 5, Offset: 0 }),
    check: (r) => expect((r.Infos as unknown[]).length).toBeLessThanOrEqual(5),
    invalid: { Limit: 101 },
    invalidCode: 4,
  },
  GetVMInstancePrice: {
    valid: async () => ({ ...price, Quantity: 2, Count: 3 }),
    check: (r) => expect(typeof (r.Infos as { Price: number }[])[0].Price).toBe('number'),
    invalid: { ...price, Quantity: 12 },
    invalidCode: 113,
  },
  StartVMInstance: { valid: async () => ({ VMID: (await vm('Stopped')).VMID }), invalid: {}, invalidCode: 3 },
  RestartVMInstance: { valid: async () => ({ VMID: (await vm('Running')).VMID }), invalid: {}, invalidCode: 3 },
  StopVMInstance: { valid: async () => ({ VMID: (await vm('Running')).VMID }), invalid: {}, invalidCode: 3 },
  PoweroffVMInstance: { valid: async () => ({ VMID: (await vm('Running')).VMID }), invalid: {}, invalidCode: 3 },
  ResetVMInstancePassword: {
    valid: async () => ({ VMID: (await vm('Running')).VMID, Password: 'N3w-secret' }),
    invalid: { VMID: 'vm-demo0001', Password: 'alllowercase' },
    invalidCode: 113,
  },
  ReinstallVMInstance: {
    valid: async () => ({ VMID: (await vm('Stopped')).VMID, ImageID: 'cn-image-ubuntu-2204', Password: 'Passw0rd!2' }),
    invalid: { VMID: 'vm-demo0004' },
    invalidCode: 3,
  },
  ResizeVMConfig: {
    valid: async () => ({ VMID: (await vm('Stopped')).VMID, CPU: 4, Memory: 8192 }),
    invalid: { VMID: 'vm-demo0004', CPU: 'four', Memory: 8192 },
    invalidCode: 4,
  },
  UpdateVMDefaultGW: {
    valid: async () => {
      const created = await vm('Running', { Bandwidth: 1 });
      return { VMID: created.VMID, EIPID: created.EIPID };
    },
    invalid: { VMID: 'vm-demo0001' },
    invalidCode: 3,
  },
  DeleteVMInstance: {
    valid: async () => ({ VMID: (await vm('Running')).VMID, DelBindResource: 1 }),
    invalid: { VMID: 'vm-demo0001', DelBindResource: 2 },
    invalidCode: 4,
  },
  GetVMVNCInfo: {
    valid: async () => ({ VMID: (await vm('Running')).VMID }),
    check: (r) => expect(r.Info).toMatchObject({ VNCIP: '127.0.0.1', VNCPort: expect.any(Number), VNCPassword: expect.any(String) }),
    invalid: {},
    invalidCode: 3,
  },
  DescribeRegion: { valid: async () => ({}), invalid: { CompanyID: 'abc' }, invalidCode: 4 },
  DescribeVMType: { valid: async () => ({}), check: (r) => expect(r.TotalCount).toBe(2), invalid: { Region: '' }, invalidCode: 102 },
  DescribeStorageType: { valid: async () => ({}), check: (r) => expect(r.TotalCount).toBe(2), invalid: { Region: '' }, invalidCode: 102 },
  DescribeImage: { valid: async () => ({ ImageType: 'Base' }), check: (r) => expect(r.TotalCount).toBe(3), invalid: { ImageType: 'Mine' }, invalidCode: 4 },
  DescribeVPC: { valid: async () => ({ VPCIDs: ['vpc-demobj2'] }), check: (r) => expect(r.TotalCount).toBe(1), invalid: { Offset: -1 }, invalidCode: 4 },
  DescribeSubnet: { valid: async () => ({ VPCID: 'vpc-demobj2' }), check: (r) => expect(r.TotalCount).toBe(2), invalid: { Limit: 0 }, invalidCode: 4 },
  DescribeSecurityGroup: { valid: async () => ({}), check: (r) => expect(r.TotalCount).toBe(2), invalid: { Limit: 'x' }, invalidCode: 4 },
  DescribeEIP: {
    valid: async () => ({ IPVersion: 'IPv4' }),
    check: (r) => expect(r.Totalcount).toBe(r.TotalCount),
    invalid: { IPVersion: 'IPv5' },
    invalidCode: 4,
  },
  DescribeUser: { account: 'admin', valid: async () => ({}), check: (r) => expect(r.TotalCount).toBe(2), invalid: { Limit: 500 }, invalidCode: 4 },
};

const grid = (Object.keys(cases) as ActionName[]).flatMap((action) => ENCODINGS.map((enc) => [action, enc] as [ActionName, Encoding]));

describe.each(grid)('%s as %s', (action, encoding) => {
  const c = cases[action];
  it('succeeds with valid parameters', async () => {
    const res = await call(sim.app, c.account ?? 'tenant', action, await c.valid(), encoding);
    expect(res).toMatchObject({ Action: `${action}Response`, RetCode: 0, Message: '' });
    c.check?.(res);
  });
  it('names the bad parameter', async () => {
    const res = await call(sim.app, c.account ?? 'tenant', action, c.invalid, encoding);
    expect(res).toMatchObject({ Action: `${action}Response`, RetCode: c.invalidCode });
    expect(res.Message).not.toBe('');
  });
});
