import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from './app';
import { call, createParams, type Reply } from './sim-test-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 0 });
});
afterAll(() => sim.close());

const act = (action: string, params: Record<string, unknown> = {}) => call(sim.app, 'tenant', action, params);
const vmInfo = async (vmId: unknown) => ((await act('DescribeVMInstance', { VMIDs: [vmId] })).Infos as Reply[])[0];

describe('CreateVMInstance checks every reference', () => {
  it.each([
    [{ VMType: 'ComputeSetNOPE' }, 200],
    [{ ImageID: 'cn-image-nope' }, 1000],
    [{ BootDiskSetType: 'StorageSetNOPE' }, 200],
    [{ DataDiskSpace: 10 }, 3],
    [{ DataDiskSpace: 10, DataDiskSetType: 'StorageSetNOPE' }, 200],
    [{ VPCID: 'vpc-nope' }, 3000],
    [{ SubnetID: 'subnet-demobj21', VPCID: 'vpc-demosh2' }, 3000],
    [{ SubnetID: 'subnet-demobj2x' }, 3003],
    [{ LANSGID: 'sg-nope' }, 16002],
    [{ CPU: 3, Memory: 6144 }, 1015],
    [{ GPU: 1, CPU: 4, Memory: 8192 }, 1015],
    [{ GPU: 2, CPU: 4, Memory: 8192, VMType: 'ComputeSetGPU1' }, 113],
    [{ GPU: 3, CPU: 16, Memory: 32768, VMType: 'ComputeSetGPU1' }, 4],
    [{ InternalIP: '10.99.1.5' }, 113],
    [{ InternalIP: '10.10.1.2' }, 113],
    [{ OperatorName: 'Mobile' }, 113],
    [{ InternetIP: '8.8.8.8' }, 113],
    [{ ImageID: 'cn-image-win-2019', Password: 'Admin-2024' }, 1030],
    [{ ProjectID: 'prj-200000002' }, 651],
    [{ ChargeType: 'Year', Quantity: 6 }, 113],
    [{ BootDiskSpace: 30 }, 4],
  ])('%j -> RetCode %i', async (overrides, code) => {
    const res = await act('CreateVMInstance', createParams(overrides));
    expect(res.RetCode).toBe(code);
    expect(res.Message).toMatch(/\S/);
  });

  it('answers 1020 when the boot disk is smaller than the image', async () => {
    sim.db.prepare(`INSERT INTO images VALUES ('cn-image-big', NULL, NULL, 'Big', 'Base', 'Linux', 'Big Linux', 'Big', 'x86_64', 80,
      'Available', 0)`).run();
    expect((await act('CreateVMInstance', createParams({ ImageID: 'cn-image-big' }))).RetCode).toBe(1020);
    expect((await act('CreateVMInstance', createParams({ ImageID: 'cn-image-big', BootDiskSpace: 80 }))).RetCode).toBe(0);
  });

  it('creates a GPU VM, a chosen private IP, an IPv6 or chosen public IP, and a data disk', async () => {
    const gpu = await act('CreateVMInstance', createParams({ VMType: 'ComputeSetGPU1', CPU: 8, Memory: 16384, GPU: 2 }));
    expect((await vmInfo(gpu.VMID))).toMatchObject({ GPU: 2, VMTypeAlias: 'GPU' });
    const res = await act('CreateVMInstance', createParams({
      InternalIP: '10.10.1.200', InternetIP: '106.75.101.7', Bandwidth: 5, DataDiskSpace: 100, DataDiskSetType: 'StorageSetCCCC',
      WANSGID: 'sg-demobj2w', LANSGID: 'sg-demobj2l', ChargeType: 'Month', Quantity: 2,
    }));
    const info = await vmInfo(res.VMID);
    expect(info.IPInfos).toEqual([
      expect.objectContaining({ IP: '10.10.1.200', Type: 'Private', NicType: 'LAN', SGID: 'sg-demobj2l', SGName: 'demo-lan' }),
      expect.objectContaining({ IP: '106.75.101.7', Type: 'Public', NicType: 'WAN', ISDefaultGW: 1, IPID: res.EIPID, SGName: 'demo-wan' }),
    ]);
    expect(info.DiskInfos).toEqual([
      expect.objectContaining({ Type: 'Boot', Size: 40, Drive: 'vda' }),
      expect.objectContaining({ Type: 'Data', Size: 100, DiskID: res.DiskID, StorageSetType: 'StorageSetCCCC' }),
    ]);
    const created = new Date(Number(info.CreateTime) * 1000);
    created.setUTCMonth(created.getUTCMonth() + 2);
    expect(info.ExpireTime).toBe(created.getTime() / 1000);
    const v6 = await act('CreateVMInstance', createParams({ OperatorName: 'Bgp', IPVersion: 'IPv6' }));
    expect((await vmInfo(v6.VMID)).IPInfos).toContainEqual(expect.objectContaining({ IPVersion: 'IPv6', Type: 'Public' }));
  });

  it('never stores or returns the password in clear', async () => {
    const res = await act('CreateVMInstance', createParams({ Password: 'Very-Secret-1' }));
    expect(JSON.stringify(await vmInfo(res.VMID))).not.toContain('Very-Secret-1');
    const row = sim.db.prepare('SELECT password_hash FROM vms WHERE vm_id = ?').get(res.VMID) as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$/);
  });
});

describe('default gateway and delete', () => {
  it('UpdateVMDefaultGW moves the default egress to a bound EIP only', async () => {
    const res = await act('CreateVMInstance', createParams({ Bandwidth: 1 }));
    await vmInfo(res.VMID);
    sim.db.prepare("UPDATE eips SET bind_resource_id = ?, status = 'Bound' WHERE eip_id = 'eip-demobj23'").run(res.VMID);
    expect((await act('UpdateVMDefaultGW', { VMID: res.VMID, EIPID: 'eip-demobj22' })).RetCode).toBe(113);
    expect((await act('UpdateVMDefaultGW', { VMID: res.VMID, EIPID: 'eip-nope' })).RetCode).toBe(200);
    expect((await act('UpdateVMDefaultGW', { VMID: res.VMID, EIPID: 'eip-demobj23' })).RetCode).toBe(0);
    const publics = ((await vmInfo(res.VMID)).IPInfos as Reply[]).filter((ip) => ip.Type === 'Public');
    expect(Object.fromEntries(publics.map((ip) => [ip.IPID, ip.ISDefaultGW]))).toEqual({ [String(res.EIPID)]: 0, 'eip-demobj23': 1 });
  });

  it('DelBindResource=0 unbinds the EIP and data disk; 1 deletes them; the VM leaves the list', async () => {
    const opts = createParams({ Bandwidth: 1, DataDiskSpace: 10, DataDiskSetType: 'StorageSetBBBB' });
    const keep = await act('CreateVMInstance', opts);
    const drop = await act('CreateVMInstance', opts);
    await vmInfo(keep.VMID);
    expect((await act('DeleteVMInstance', { VMID: keep.VMID })).RetCode).toBe(0);
    expect((await act('DeleteVMInstance', { VMID: drop.VMID, DelBindResource: 1 })).RetCode).toBe(0);
    expect((await act('DescribeVMInstance', { VMIDs: [keep.VMID, drop.VMID] })).TotalCount).toBe(0);
    expect((await act('DeleteVMInstance', { VMID: keep.VMID })).RetCode).toBe(1004);
    const eips = await act('DescribeEIP', { EIPIDs: [keep.EIPID, drop.EIPID] });
    expect(eips.Infos).toEqual([expect.objectContaining({ EIPID: keep.EIPID, Status: 'Free', BindResourceID: '', ISDefaultGW: 0 })]);
    const disks = sim.db.prepare('SELECT disk_id, vm_id FROM disks WHERE disk_id IN (?, ?)').all(keep.DiskID, drop.DiskID);
    expect(disks).toEqual([{ disk_id: keep.DiskID, vm_id: null }]);
  });
});

describe('GetVMInstancePrice', () => {
  const base = { VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 2, Memory: 4096, BootDiskSetType: 'StorageSetBBBB',
    BootDiskSpace: 40 };
  const price = async (p: Record<string, unknown>) => {
    const res = await act('GetVMInstancePrice', { ...base, ...p });
    expect(res.RetCode).toBe(0);
    return (res.Infos as { Price: number; ChargeType: string }[])[0].Price;
  };

  it('prices bigger specs higher, a year below 11 months, hourly below monthly, Count as a multiplier', async () => {
    const month = await price({ ChargeType: 'Month' });
    expect(await price({ ChargeType: 'Month', CPU: 4, Memory: 8192 })).toBeGreaterThan(month);
    expect(await price({ ChargeType: 'Month', DataDiskSpace: 100, DataDiskSetType: 'StorageSetBBBB' })).toBeGreaterThan(month);
    expect(await price({ ChargeType: 'Month', Quantity: 11 })).toBeGreaterThan(await price({ ChargeType: 'Year', Quantity: 1 }));
    expect(await price({ ChargeType: 'Year' })).toBeCloseTo(month * 10, 2);
    expect(await price({ ChargeType: 'Dynamic' })).toBeLessThan(month);
    expect(await price({ ChargeType: 'Month', Count: 3 })).toBeCloseTo(month * 3, 2);
    const hourly = await price({ ChargeType: 'Dynamic', Quantity: 100 });
    expect(Math.round(hourly * 100)).toBe(hourly * 100);
    expect(await price({ ChargeType: 'Month', VMType: 'ComputeSetGPU1', CPU: 4, Memory: 8192, GPU: 1 })).toBeGreaterThan(month);
  });
});

describe('DescribeVMInstance filters', () => {
  it('matches Keyword on name, VMID, private and public IP; filters by VPC, subnet and state; newest first', async () => {
    const web = await vmInfo('vm-demo0001');
    const publicIp = (web.IPInfos as Reply[]).find((ip) => ip.Type === 'Public')?.IP;
    for (const keyword of ['web-01', 'DEMO0001', '10.10.1.2', publicIp]) {
      const res = await act('DescribeVMInstance', { Keyword: keyword });
      expect((res.Infos as Reply[]).map((i) => i.VMID)).toContain('vm-demo0001');
    }
    expect((await act('DescribeVMInstance', { Keyword: '%' })).TotalCount).toBe(0);
    const bySubnet = await act('DescribeVMInstance', { SubnetID: 'subnet-demobj22', Limit: 100 });
    expect((bySubnet.Infos as Reply[]).every((i) => i.SubnetID === 'subnet-demobj22')).toBe(true);
    expect((await act('DescribeVMInstance', { VPCID: 'vpc-demosh2' })).TotalCount).toBe(0);
    const failed = await act('DescribeVMInstance', { States: ['Failed'] });
    expect((failed.Infos as Reply[]).map((i) => i.VMID)).toEqual(['vm-demo0008']);
    const all = (await act('DescribeVMInstance', { Limit: 100 })).Infos as Reply[];
    const times = all.map((i) => Number(i.CreateTime));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('reports seeded Month/Year VMs expiring within 7 and 30 days', async () => {
    const now = Date.now() / 1000;
    const all = (await act('DescribeVMInstance', { Limit: 100 })).Infos as Reply[];
    const left = (id: string) => (Number(all.find((i) => i.VMID === id)?.ExpireTime) - now) / 86400;
    expect(left('vm-demo0001')).toBeGreaterThan(0);
    expect(left('vm-demo0001')).toBeLessThan(7);
    expect(left('vm-demo0003')).toBeGreaterThan(7);
    expect(left('vm-demo0003')).toBeLessThan(30);
  });
});
