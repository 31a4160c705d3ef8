import { expect, test, type Page } from '@playwright/test';
import { api, signInAs } from './sign-in';

// The admin acting for tenants: the switcher, the banner, whose VMs show; and isolation between tenants.

const REGION = 'cn-bj2';
const DEMO = 200000001;
const OTHER = 200000002;

interface VmRow {
  VMID: string;
  Name: string;
  State: string;
  CompanyID?: number;
}

/** Creates a small VM owned by `companyId`, as the signed-in admin. */
async function createVmFor(page: Page, companyId: number, name: string): Promise<string> {
  const subnets = await api<{ Infos: { VPCID: string; SubnetID: string }[] }>(page, {
    Action: 'DescribeSubnet', Region: REGION, CompanyID: companyId, Limit: 1,
  });
  const created = await api<{ VMID: string }>(page, {
    Action: 'CreateVMInstance', Region: REGION, CompanyID: companyId, Name: name, Password: 'Admin-view-2024',
    ChargeType: 'Dynamic', VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048,
    BootDiskSetType: 'StorageSetBBBB', VPCID: subnets.Infos[0].VPCID, SubnetID: subnets.Infos[0].SubnetID,
  });
  expect(created.RetCode, created.Message).toBe(0);
  return created.VMID;
}

async function describe(page: Page, params: Record<string, unknown>): Promise<VmRow[]> {
  const res = await api<{ Infos: VmRow[] }>(page, { Action: 'DescribeVMInstance', Region: REGION, Limit: 100, ...params });
  expect(res.RetCode, res.Message).toBe(0);
  return res.Infos;
}

async function switchTenant(page: Page, search: string, option: RegExp) {
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Tenant' });
  await box.click();
  await box.fill(search);
  await page.getByRole('option', { name: option }).click();
}

const unique = () => `${Date.now() % 1_000_000}`;

test('the admin switches between both demo tenants and sees each one’s VMs, under a banner naming it', async ({ page }) => {
  await signInAs(page, 'admin');
  const demoVm = `adm-demo-${unique()}`;
  const otherVm = `adm-other-${unique()}`;
  await createVmFor(page, DEMO, demoVm);
  await createVmFor(page, OTHER, otherVm);
  await page.goto('/?company=all');
  await expect(page.getByRole('link', { name: demoVm })).toBeVisible();
  await expect(page.getByRole('link', { name: otherVm })).toBeVisible();
  await expect(page.getByText(/^Acting as/)).toHaveCount(0);

  await switchTenant(page, 'demo', /^Demo tenant \(200000001\)/);
  await expect(page).toHaveURL(/[?&]company=200000001/);
  await expect(page.getByRole('status').filter({ hasText: 'Acting as Demo tenant (200000001)' })).toBeVisible();
  await expect(page.getByRole('link', { name: demoVm })).toBeVisible();
  await expect(page.getByRole('link', { name: otherVm })).toHaveCount(0);

  // Searching by CompanyID finds the other tenant; the VMs shown follow at once.
  await switchTenant(page, '200000002', /^Other tenant \(200000002\)/);
  await expect(page).toHaveURL(/[?&]company=200000002/);
  await expect(page.getByRole('status').filter({ hasText: 'Acting as Other tenant (200000002)' })).toBeVisible();
  await expect(page.getByRole('link', { name: otherVm })).toBeVisible();
  await expect(page.getByRole('link', { name: demoVm })).toHaveCount(0);

  // The tenant stays in the URL across in-app navigation and a reload; the list shows its VMs only.
  await page.getByRole('banner').getByRole('link', { name: 'Virtual machines' }).click();
  await expect(page).toHaveURL(/\/vms\?company=200000002/);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Acting as Other tenant (200000002)' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: otherVm })).toBeVisible();
  await expect(main.getByRole('link', { name: demoVm })).toHaveCount(0);

  // A confirmation names the tenant whose VM it acts on.
  // (Created over 1.5 s before the reload above, so the row shows it running.)
  await main.getByRole('button', { name: new RegExp(otherVm) }).click();
  await page.getByRole('menuitem', { name: /^Stop/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Other tenant (200000002)');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Recent tenants come first (the one used last on top), then "All tenants" leaves the tenant.
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Tenant' });
  await box.click();
  const options = page.getByRole('option');
  await expect(options.nth(0)).toHaveText('All tenants');
  await expect(options.nth(1)).toContainText('Other tenant (200000002)');
  await expect(options.nth(2)).toContainText('Demo tenant (200000001)');
  await options.nth(0).click();
  await expect(page).toHaveURL(/[?&]company=all/);
  await expect(page.getByText(/^Acting as/)).toHaveCount(0);
});

test('a VM the admin creates for Other tenant is that tenant’s alone, whatever the demo tenant sends', async ({ page }) => {
  await signInAs(page, 'admin');
  const name = `adm-iso-${unique()}`;
  const vmId = await createVmFor(page, OTHER, name);

  await signInAs(page, 'other');
  const own = await describe(page, { VMIDs: [vmId] });
  expect(own.map((vm) => [vm.Name, vm.CompanyID])).toEqual([[name, OTHER]]);
  await page.goto('/');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Tenant' })).toHaveCount(0);

  await signInAs(page, 'tenant');
  // Naming the owner's CompanyID changes nothing: the gateway drops it and the platform ignores it for tenants.
  expect(await describe(page, { VMIDs: [vmId] })).toEqual([]);
  expect(await describe(page, { VMIDs: [vmId], CompanyID: OTHER })).toEqual([]);
  expect(await describe(page, { Keyword: name, CompanyID: OTHER })).toEqual([]);
  const seen = await describe(page, { CompanyID: OTHER });
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((vm) => vm.CompanyID === undefined || vm.CompanyID === DEMO)).toBe(true);
  const stop = await api(page, { Action: 'StopVMInstance', Region: REGION, VMID: vmId, CompanyID: OTHER });
  expect(stop.RetCode).not.toBe(0);
  const users = await api(page, { Action: 'DescribeUser', Limit: 10 });
  expect(users.RetCode).not.toBe(0);
  expect(JSON.stringify(users)).not.toContain('PrivateKey');

  await page.goto(`/?company=${OTHER}`);
  await expect(page.getByRole('link', { name: /^Running: \d+ VMs?,/ })).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Tenant' })).toHaveCount(0);
  await expect(page.getByText(/^Acting as/)).toHaveCount(0);

  // The VM the demo tenant tried to stop is untouched.
  await signInAs(page, 'other');
  expect((await describe(page, { VMIDs: [vmId] }))[0]?.State).not.toMatch(/Stop/);
});

test('DescribeUser reaches the admin’s browser without key pairs', async ({ page }) => {
  await signInAs(page, 'admin');
  const users = await api<{ Infos: Record<string, unknown>[] }>(page, { Action: 'DescribeUser', Limit: 100 });
  expect(users.RetCode).toBe(0);
  expect(users.Infos.map((u) => u.CompanyID)).toEqual(expect.arrayContaining([DEMO, OTHER]));
  for (const user of users.Infos) {
    expect(user).not.toHaveProperty('PublicKey');
    expect(user).not.toHaveProperty('PrivateKey');
  }
});

test('a bulk action in the all-tenants view says how many tenants the selection spans, and names them', async ({ page }) => {
  await signInAs(page, 'admin');
  const prefix = `span-${unique()}`;
  await createVmFor(page, DEMO, `${prefix}-demo`);
  await createVmFor(page, OTHER, `${prefix}-other`);
  await page.goto(`/vms?company=all&q=${prefix}`);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2);
  await table.getByRole('checkbox', { name: `Select ${prefix}-demo` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await toolbar.getByRole('button', { name: 'Restart' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('These VMs belong to 1 tenant: Demo tenant (200000001).');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await table.getByRole('checkbox', { name: `Select ${prefix}-other` }).check();
  await toolbar.getByRole('button', { name: 'Restart' }).click();
  await expect(dialog).toContainText('These VMs belong to 2 tenants: Demo tenant (200000001), Other tenant (200000002).');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
