import { expect, test, type Page } from '@playwright/test';
import { api, signInAs } from './sign-in';

// The overview: its counts are the API's, it refreshes by itself, and region capacity is for admins only.

const REGION = 'cn-bj2';
const TRANSITIONAL = ['Starting', 'Restarting', 'Stopping', 'Terminating', 'Migrating', 'Reinstalling', 'Poweroffing', 'Initializing', 'Resizing', 'WaitReinstall'];
const GROUPS = [
  { label: 'Running', states: ['Running'] },
  { label: 'Stopped', states: ['Stopped'] },
  { label: 'In transition', states: TRANSITIONAL },
  { label: 'Failed', states: ['Failed'] },
];

async function apiCount(page: Page, states: string[]): Promise<number> {
  const res = await api<{ TotalCount: number }>(page, { Action: 'DescribeVMInstance', Region: REGION, States: states, Limit: 1 });
  expect(res.RetCode).toBe(0);
  return res.TotalCount;
}

/** The figure on the overview's link for a state group ("Running: 5 VMs, open the list"). */
async function shownCount(page: Page, label: string): Promise<number> {
  const link = page.getByRole('link', { name: new RegExp(`^${label}: \\d+ VMs?,`) });
  const name = (await link.getAttribute('aria-label')) ?? '';
  return Number(/: (\d+) VMs?,/.exec(name)?.[1]);
}

async function createRunningVm(page: Page, name: string): Promise<string> {
  const subnets = await api<{ Infos: { VPCID: string; SubnetID: string }[] }>(page, { Action: 'DescribeSubnet', Region: REGION, Limit: 1 });
  const created = await api<{ VMID: string }>(page, {
    Action: 'CreateVMInstance', Region: REGION, Name: name, Password: 'Overview-2024', ChargeType: 'Dynamic',
    VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB',
    VPCID: subnets.Infos[0].VPCID, SubnetID: subnets.Infos[0].SubnetID,
  });
  expect(created.RetCode, created.Message).toBe(0);
  await expect.poll(async () => (await api<{ Infos: { State: string }[] }>(page, {
    Action: 'DescribeVMInstance', Region: REGION, VMIDs: [created.VMID],
  })).Infos[0]?.State).toBe('Running');
  return created.VMID;
}

test('the counts by state are the API totals for each state filter, and link to the filtered list', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  // Compared after a refresh, so a VM that settled in between cannot make the two reads differ.
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('link', { name: /^Running: \d+ VMs?,/ })).toBeVisible();
    for (const group of GROUPS) expect(await shownCount(page, group.label), group.label).toBe(await apiCount(page, group.states));
  }).toPass({ timeout: 15_000 });

  // The list the figure links to shows as many VMs (one page of 20 holds the demo tenant's).
  const stopped = await shownCount(page, 'Stopped');
  expect(stopped).toBeLessThan(20);
  await page.getByRole('link', { name: /^Stopped: \d+ VMs?,/ }).click();
  await expect(page).toHaveURL(/\/vms\?state=Stopped$/);
  // The header row plus one row per VM.
  await expect(page.getByRole('main').getByRole('table').getByRole('row')).toHaveCount(stopped + 1);
});

test('stopping a VM changes the counts without a reload', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `ov-stop-${Date.now() % 100000}`);
  // The browser's clock is ours, so the 30-second background refresh can be reached without waiting for it.
  await page.clock.install();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Running: \d+ VMs?,/ })).toBeVisible();
  await expect.poll(() => shownCount(page, 'Running')).toBe(await apiCount(page, ['Running']));
  const running = await shownCount(page, 'Running');
  const stopped = await shownCount(page, 'Stopped');

  expect((await api(page, { Action: 'StopVMInstance', Region: REGION, VMID: vmId })).RetCode).toBe(0);
  await expect.poll(async () => apiCount(page, ['Stopped'])).toBe(stopped + 1);
  await page.clock.fastForward('00:31');
  await expect.poll(() => shownCount(page, 'Running')).toBe(running - 1);
  // Each state's count is its own read: they land one after the other.
  await expect.poll(() => shownCount(page, 'Stopped')).toBe(stopped + 1);
  await expect(page.getByText(/^Last updated at /)).toBeVisible();
});

test('an admin sees the region capacity and the busiest tenants; a tenant sees neither', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/?company=all');
  await expect(page.getByText('Region capacity')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^CPU: [\d,.]+ of [\d,.]+ cores used \([\d.]+%\)$/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^Memory: .* GB used/ })).toBeVisible();
  await expect(page.getByText('Licence')).toBeVisible();
  const tenants = page.getByRole('table');
  await expect(tenants.getByRole('link', { name: 'Demo tenant (200000001)' })).toBeVisible();
  await expect(tenants.getByRole('link', { name: 'Other tenant (200000002)' })).toBeVisible();

  await signInAs(page, 'tenant');
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Running: \d+ VMs?,/ })).toBeVisible();
  await expect(page.getByText('Resources in use')).toBeVisible();
  await expect(page.getByText('Region capacity')).toHaveCount(0);
  await expect(page.getByText('Tenants with the most VMs')).toHaveCount(0);
});
