import type { FastifyInstance } from 'fastify';
import { flatten, formBody, type FlatParams } from '../wire/flatten';
import { signParams } from '../wire/sign';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';

/**
 * Test helper: signed calls to the simulator in each wire form (docs/protocol.md §1).
 * `go` is a form POST with ?Action= in the query, `python` a form POST, `js` flat JSON, `get` a query string.
 */
export type Encoding = 'go' | 'python' | 'js' | 'get';
export const ENCODINGS: readonly Encoding[] = ['go', 'python', 'js', 'get'];

export type Reply = { Action: string; RetCode: number; Message: string } & Record<string, unknown>;

export function demoAccount(account: DemoAccount['account']): DemoAccount {
  const found = DEMO_ACCOUNTS.find((a) => a.account === account);
  if (!found) throw new Error(`no demo account ${account}`);
  return found;
}

export function form(params: FlatParams): string {
  return formBody(params);
}

/**
 * The headers the official SDKs add to every call: their User-Agent and U-Timestamp-Ms (the request
 * time, for tracing). The platform ignores both; so must the simulator.
 */
const SDK_HEADERS: Partial<Record<Encoding, Record<string, string>>> = {
  go: { 'user-agent': 'GO/go1.22.5 GO-SDK/0.22.40 ', 'u-timestamp-ms': String(Date.now()) },
  python: { 'user-agent': 'Python/3.12.3 Python-SDK/0.11.60 ', 'u-timestamp-ms': String(Date.now()) },
};

/** Sends already-flat params as they are (no signing): for tests of the transport itself. */
export async function send(app: FastifyInstance, flat: FlatParams, encoding: Encoding = 'js'): Promise<Reply> {
  const action = typeof flat.Action === 'string' ? flat.Action : '';
  const res =
    encoding === 'get'
      ? await app.inject({ method: 'GET', url: `/api?${form(flat)}` })
      : encoding === 'js'
        ? await app.inject({ method: 'POST', url: '/api', payload: flat })
        : await app.inject({
            method: 'POST',
            url: encoding === 'go' ? `/api/?Action=${encodeURIComponent(action)}` : '/api',
            headers: { ...SDK_HEADERS[encoding], 'content-type': 'application/x-www-form-urlencoded' },
            payload: form(flat),
          });
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${res.body}`);
  return res.json() as Reply;
}

/** A signed call with a demo account (nested params are flattened first, as the SDKs do). */
export function call(
  app: FastifyInstance,
  account: DemoAccount['account'],
  action: string,
  params: Record<string, unknown> = {},
  encoding: Encoding = 'js',
): Promise<Reply> {
  const { publicKey, privateKey } = demoAccount(account);
  const withRegion = action === 'DescribeRegion' || action === 'DescribeUser' ? params : { Region: 'cn-bj2', ...params };
  return send(app, signParams(flatten({ Action: action, ...withRegion }), publicKey, privateKey), encoding);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A valid CreateVMInstance for the demo tenant's seeded network in cn-bj2. */
export function createParams(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Name: 'test-vm',
    Password: 'Passw0rd!',
    ChargeType: 'Dynamic',
    VMType: 'ComputeSetBBBB',
    ImageID: 'cn-image-centos-74',
    CPU: 1,
    Memory: 2048,
    BootDiskSetType: 'StorageSetBBBB',
    VPCID: 'vpc-demobj2',
    SubnetID: 'subnet-demobj21',
    ...overrides,
  };
}

/** Polls DescribeVMInstance until the VM reaches `state` (or fails after `timeoutMs`). */
export async function waitForState(
  app: FastifyInstance,
  account: DemoAccount['account'],
  vmId: string,
  state: string,
  timeoutMs = 3000,
): Promise<Reply> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(app, account, 'DescribeVMInstance', { VMIDs: [vmId] });
    const info = (res.Infos as Reply[] | undefined)?.[0];
    if (info?.State === state) return info;
    if (Date.now() > deadline) throw new Error(`VM ${vmId} is ${String(info?.State)}, not ${state}`);
    await sleep(20);
  }
}
