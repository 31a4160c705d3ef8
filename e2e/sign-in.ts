import { expect, type Page } from '@playwright/test';

export type DemoAccount = 'admin' | 'tenant' | 'other';

/** Signs in with a demo account through the gateway (the browser context keeps the cookie). */
export async function signInAs(page: Page, account: DemoAccount): Promise<void> {
  const res = await page.request.post('/auth/demo-login', {
    data: { Account: account },
    headers: { 'X-Requested-By': 'console' },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Calls one action through the gateway as the signed-in user, for test setup and checks. */
export async function api<T = Record<string, unknown>>(page: Page, params: Record<string, unknown>): Promise<T & { RetCode: number; Message?: string }> {
  const res = await page.request.post('/api', { data: params, headers: { 'X-Requested-By': 'console' } });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T & { RetCode: number; Message?: string };
}

/** Waits until the VM reports the state, reading it through the gateway. */
async function waitForState(page: Page, id: string, state: string): Promise<void> {
  await expect
    .poll(async () => (await api<{ Infos: { State: string }[] }>(page, { Action: 'DescribeVMInstance', Region: 'cn-bj2', VMIDs: [id] })).Infos[0]?.State, { timeout: 10_000 })
    .toBe(state);
}

/**
 * A fresh VM of the signed-in account in cn-bj2 (a small CentOS VM in the demo tenant's network unless
 * `params` says otherwise), settled in the wanted state.
 */
export async function createTestVm(
  page: Page,
  name: string,
  params: Record<string, unknown> = {},
  state: 'Running' | 'Stopped' = 'Running',
): Promise<string> {
  const res = await api<{ VMID: string }>(page, {
    Action: 'CreateVMInstance', Region: 'cn-bj2', Name: name, Password: 'Passw0rd!', ChargeType: 'Dynamic',
    VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB',
    VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21',
    ...params,
  });
  expect(res.RetCode, res.Message).toBe(0);
  await waitForState(page, res.VMID, 'Running');
  if (state === 'Stopped') {
    expect((await api(page, { Action: 'StopVMInstance', Region: 'cn-bj2', VMID: res.VMID })).RetCode).toBe(0);
    await waitForState(page, res.VMID, 'Stopped');
  }
  return res.VMID;
}
