import { gatewayCall, type GatewaySession, type Reply } from './gateway-client';
import { timed, type Tally } from './load-tally';
import { sleep } from './stats';

export interface LoadUser {
  index: number;
  session: GatewaySession;
  vmIds: string[];
}

const REGION = 'cn-bj2';
const NETWORK = {
  tenant: { VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21' },
  other: { VPCID: 'vpc-othrbj2', SubnetID: 'subnet-othrbj21' },
  admin: { VPCID: '', SubnetID: '' },
};

/** A reply whose RetCode is not the one expected counts as an error. */
async function expectOk(s: GatewaySession, params: Record<string, unknown>): Promise<Reply> {
  const reply = await gatewayCall(s, { Region: REGION, ...params });
  if (reply.RetCode !== 0) throw new Error(`${String(params.Action)}: RetCode ${reply.RetCode} ${reply.Message ?? ''}`);
  return reply;
}

export async function createVms(s: GatewaySession, names: string[]): Promise<string[]> {
  const ids = [];
  for (const name of names) {
    const reply = await expectOk(s, {
      Action: 'CreateVMInstance',
      Name: name,
      Password: 'Passw0rd!',
      ChargeType: 'Dynamic',
      VMType: 'ComputeSetBBBB',
      ImageID: 'cn-image-centos-74',
      CPU: 1,
      Memory: 2048,
      BootDiskSetType: 'StorageSetBBBB',
      ...NETWORK[s.account],
    });
    ids.push(String(reply.VMID));
  }
  return ids;
}

async function states(s: GatewaySession, vmIds: string[]): Promise<Array<{ VMID: string; State: string }>> {
  const reply = await expectOk(s, { Action: 'DescribeVMInstance', VMIDs: vmIds, Limit: 100 });
  return reply.Infos as Array<{ VMID: string; State: string }>;
}

export async function waitAllRunning(s: GatewaySession, vmIds: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await states(s, vmIds)).every((vm) => vm.State === 'Running')) {
    if (Date.now() > deadline) throw new Error(`VMs of ${s.account} not Running after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** Stops a Running VM or starts a Stopped one, whichever of the user's VMs is settled; skips when none is. */
async function act(u: LoadUser, tally: Tally): Promise<void> {
  const vms = await timed(tally, 'describe own VMs', () => states(u.session, u.vmIds));
  const settled = vms?.filter((vm) => vm.State === 'Running' || vm.State === 'Stopped') ?? [];
  if (settled.length === 0) return;
  const vm = settled[Math.floor(Math.random() * settled.length)];
  const action = vm.State === 'Running' ? 'StopVMInstance' : 'StartVMInstance';
  await timed(tally, action, () => expectOk(u.session, { Action: action, VMID: vm.VMID }));
}

/** One user until `endAt`: mostly listing (pages, search, a state filter), sometimes acting, with think time. */
export async function runUser(u: LoadUser, endAt: number, tally: Tally): Promise<void> {
  while (Date.now() < endAt) {
    const r = Math.random();
    if (r < 0.45) {
      const page = Math.floor(Math.random() * 4);
      await timed(tally, 'list page', () => expectOk(u.session, { Action: 'DescribeVMInstance', Offset: page * 20, Limit: 20 }));
    } else if (r < 0.6) {
      await timed(tally, 'search', () => expectOk(u.session, { Action: 'DescribeVMInstance', Keyword: `load-u${u.index}-`, Limit: 20 }));
    } else if (r < 0.7) {
      await timed(tally, 'state filter', () => expectOk(u.session, { Action: 'DescribeVMInstance', States: ['Running'], Limit: 20 }));
    } else {
      await act(u, tally);
    }
    await sleep(100 + Math.random() * 300);
  }
}
