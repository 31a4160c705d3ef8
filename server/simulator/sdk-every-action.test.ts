import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ActionName } from '../../contract/contract';
import { flatten } from '../wire/flatten';
import { signParams } from '../wire/sign';
import { buildSimulator, type Simulator } from './app';
import { createVncServers, type VncServers } from './rfb/vnc-servers';
import { createParams, demoAccount, send, waitForState, type Reply } from './sim-test-client';

let sim: Simulator;
let vnc: VncServers;
beforeAll(async () => {
  vnc = createVncServers();
  sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 60, vnc });
});
afterAll(async () => {
  await sim.close();
  await vnc.close();
});

const tenant = demoAccount('tenant');
const admin = demoAccount('admin');
const sent = new Set<string>();

/**
 * Exactly what the official SDKs put on the wire: a signed form POST with ?Action= in the query and
 * Action again in the body, Region from the client config on every call (even those that ignore it),
 * numbers as text, the Zone and ProjectId the config adds to everything, and the SDK's User-Agent and
 * U-Timestamp-Ms headers (send, 'go').
 */
async function sdk(action: ActionName, params: Record<string, string | number> = {}, account = tenant): Promise<Reply> {
  sent.add(action);
  const flat = flatten({ Action: action, Region: 'cn-bj2', Zone: 'cn-bj2-01', ProjectId: `prj-${account.companyId}`, ...params });
  const res = await send(sim.app, signParams(flat, account.publicKey, account.privateKey), 'go');
  expect(res, action).toMatchObject({ Action: `${action}Response`, RetCode: 0, Message: '' });
  return res;
}

const PAGE: Record<string, string> = { Offset: '0', Limit: '20' };

describe('every action, shaped like the official SDKs (form POST, ?Action=, text numbers, Zone, ProjectId)', () => {
  it('answers RetCode 0 for each, through a whole VM lifecycle', async () => {
    await sdk('DescribeRegion');
    // DescribeUser is for admin accounts only.
    await sdk('DescribeUser', PAGE, admin);
    await sdk('DescribeVMType', PAGE);
    await sdk('DescribeStorageType', PAGE);
    await sdk('DescribeImage', PAGE);
    await sdk('DescribeVPC', PAGE);
    await sdk('DescribeSubnet', PAGE);
    await sdk('DescribeSecurityGroup', PAGE);
    await sdk('DescribeEIP', PAGE);
    // Older SDKs' create requests also carry DataDiskSetType (without a data disk) and OSType.
    const vm = createParams({
      Name: 'sdk-every', Bandwidth: '2', CPU: '1', Memory: '2048', DataDiskSetType: 'StorageSetBBBB', OSType: 'Linux',
    }) as Record<string, string | number>;
    // BootDiskSpace left out: the document's default (40 GB) applies.
    const { VMType, ImageID, BootDiskSetType } = vm;
    await sdk('GetVMInstancePrice', { VMType, ImageID, CPU: '1', Memory: '2048', BootDiskSetType, ChargeType: 'Dynamic' });
    const created = await sdk('CreateVMInstance', vm);
    const id = String(created.VMID);
    const wait = (state: string) => waitForState(sim.app, 'tenant', id, state);
    await wait('Running');
    expect(((await sdk('DescribeVMInstance', { ...PAGE, 'VMIDs.0': id })).Infos as Reply[])[0]).toMatchObject({ VMID: id });
    await sdk('GetVMVNCInfo', { VMID: id });
    await sdk('RestartVMInstance', { VMID: id });
    await wait('Running');
    await sdk('UpdateVMDefaultGW', { VMID: id, EIPID: String(created.EIPID) });
    await sdk('StopVMInstance', { VMID: id });
    await wait('Stopped');
    await sdk('ResizeVMConfig', { VMID: id, CPU: '2', Memory: '4096' });
    await sdk('StartVMInstance', { VMID: id });
    await wait('Running');
    await sdk('ResetVMInstancePassword', { VMID: id, Password: 'Another-Pass9' });
    await sdk('PoweroffVMInstance', { VMID: id });
    await wait('Stopped');
    await sdk('ReinstallVMInstance', { VMID: id, ImageID: 'cn-image-ubuntu-2204' });
    await wait('Stopped');
    await sdk('DeleteVMInstance', { VMID: id, DelBindResource: '1' });
    // A new action in the contract must be added here too.
    expect([...sent].sort()).toEqual(Object.keys(contract).sort());
  });
});
