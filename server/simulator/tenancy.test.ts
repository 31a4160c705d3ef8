import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from './app';
import { createVncServers, type VncServers } from './rfb/vnc-servers';
import { call, createParams, type Reply } from './sim-test-client';

let sim: Simulator;
let vnc: VncServers;
beforeAll(async () => {
  vnc = createVncServers();
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 50, vnc });
});
afterAll(async () => {
  await sim.close();
  await vnc.close();
});

const OTHER_RUNNING = 'vm-othr0001';
const OTHER_STOPPED = 'vm-othr0002';
const ids = (res: Reply) => (res.Infos as { VMID: string }[]).map((i) => i.VMID);

describe('a tenant only sees and touches its own resources', () => {
  const attempts: [string, Record<string, unknown>][] = [
    ['StartVMInstance', { VMID: OTHER_STOPPED }],
    ['StopVMInstance', { VMID: OTHER_RUNNING }],
    ['RestartVMInstance', { VMID: OTHER_RUNNING }],
    ['PoweroffVMInstance', { VMID: OTHER_RUNNING }],
    ['ResizeVMConfig', { VMID: OTHER_STOPPED, CPU: 2, Memory: 4096 }],
    ['ReinstallVMInstance', { VMID: OTHER_STOPPED, ImageID: 'cn-image-centos-74' }],
    ['ResetVMInstancePassword', { VMID: OTHER_RUNNING, Password: 'Passw0rd!' }],
    ['DeleteVMInstance', { VMID: OTHER_RUNNING }],
    ['GetVMVNCInfo', { VMID: OTHER_RUNNING }],
    ['UpdateVMDefaultGW', { VMID: OTHER_RUNNING, EIPID: 'eip-othrbj21' }],
  ];
  it.each(attempts)('%s on the other tenant\'s VM is 1004, with or without its CompanyID', async (action, params) => {
    for (const extra of [{}, { CompanyID: 200000002 }]) {
      const res = await call(sim.app, 'tenant', action, { ...params, ...extra });
      expect(res).toMatchObject({ RetCode: 1004, Message: `VM ${params.VMID} not found` });
    }
    const list = await call(sim.app, 'other', 'DescribeVMInstance', { VMIDs: [OTHER_RUNNING, OTHER_STOPPED] });
    expect((list.Infos as { State: string }[]).map((i) => i.State)).toEqual(['Running', 'Stopped']);
  });

  it('lists only its own VMs and network resources, whatever CompanyID it passes', async () => {
    for (const extra of [{}, { CompanyID: 200000002 }]) {
      const vms = await call(sim.app, 'tenant', 'DescribeVMInstance', { Limit: 100, ...extra });
      expect(ids(vms).every((id) => !id.startsWith('vm-othr'))).toBe(true);
      expect((await call(sim.app, 'tenant', 'DescribeVMInstance', { VMIDs: [OTHER_RUNNING], ...extra })).TotalCount).toBe(0);
      const vpcs = await call(sim.app, 'tenant', 'DescribeVPC', extra);
      expect((vpcs.Infos as { VPCID: string }[]).map((v) => v.VPCID)).toEqual(['vpc-demobj2']);
      const eips = await call(sim.app, 'tenant', 'DescribeEIP', { EIPIDs: ['eip-othrbj21'], ...extra });
      expect(eips.TotalCount).toBe(0);
      const images = await call(sim.app, 'tenant', 'DescribeImage', { ImageType: 'Custom', ...extra });
      expect((images.Infos as { ImageID: string }[]).map((i) => i.ImageID)).toEqual(['cn-image-custom-demo']);
    }
  });

  it('cannot build on another tenant\'s VPC, subnet, security group or custom image', async () => {
    const tries: [Record<string, unknown>, number][] = [
      [{ VPCID: 'vpc-othrbj2', SubnetID: 'subnet-othrbj21' }, 3000],
      [{ SubnetID: 'subnet-othrbj21' }, 3003],
      [{ WANSGID: 'sg-othrbj2w' }, 16002],
      [{ ImageID: 'cn-image-custom-othr' }, 1000],
    ];
    for (const [overrides, code] of tries) {
      expect((await call(sim.app, 'tenant', 'CreateVMInstance', createParams(overrides))).RetCode).toBe(code);
    }
  });

  it('gets 111 for DescribeUser', async () => {
    expect(await call(sim.app, 'tenant', 'DescribeUser')).toMatchObject({ RetCode: 111 });
  });
});

describe('an admin', () => {
  it('lists every tenant without CompanyID and one tenant with it', async () => {
    const all = await call(sim.app, 'admin', 'DescribeVMInstance', { Limit: 100 });
    expect(ids(all)).toEqual(expect.arrayContaining(['vm-demo0001', OTHER_RUNNING]));
    const one = await call(sim.app, 'admin', 'DescribeVMInstance', { Limit: 100, CompanyID: 200000002 });
    expect(one.TotalCount).toBe(4);
    expect(ids(one).every((id) => id.startsWith('vm-othr'))).toBe(true);
    expect((await call(sim.app, 'admin', 'DescribeVMInstance', { CompanyID: 123 })).RetCode).toBe(200);
  });

  it('acts on a tenant\'s VM through CompanyID, and not through another tenant\'s', async () => {
    expect((await call(sim.app, 'admin', 'GetVMVNCInfo', { VMID: 'vm-othr0003', CompanyID: 200000001 })).RetCode).toBe(1004);
    expect((await call(sim.app, 'admin', 'GetVMVNCInfo', { VMID: 'vm-othr0003', CompanyID: 200000002 })).RetCode).toBe(0);
  });

  it('creates VMs owned by the tenant named by CompanyID, and must name one', async () => {
    const params = createParams({ VPCID: 'vpc-othrbj2', SubnetID: 'subnet-othrbj21', Name: 'admin-made' });
    expect(await call(sim.app, 'admin', 'CreateVMInstance', params)).toMatchObject({
      RetCode: 3, Message: 'CompanyID is required when an admin creates a VM',
    });
    const created = await call(sim.app, 'admin', 'CreateVMInstance', { ...params, CompanyID: 200000002 });
    expect(created.RetCode).toBe(0);
    const seen = await call(sim.app, 'other', 'DescribeVMInstance', { VMIDs: [created.VMID] });
    expect((seen.Infos as { CompanyID: number; Email: string }[])[0]).toMatchObject({
      CompanyID: 200000002, Email: 'other@example.com',
    });
  });

  it('reads tenants with their key pairs through DescribeUser', async () => {
    const res = await call(sim.app, 'admin', 'DescribeUser', { CompanyID: 200000001 });
    expect(res.Infos).toEqual([expect.objectContaining({
      CompanyID: 200000001, Name: 'Demo tenant', Email: 'demo@example.com', Status: 'Available', Amount: expect.any(Number),
      PublicKey: 'demo-tenant-public-key', PrivateKey: 'demo-tenant-private-key',
    })]);
  });
});
