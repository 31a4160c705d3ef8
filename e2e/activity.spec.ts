import { expect, test } from '@playwright/test';
import { api, createTestVm, signInAs } from './sign-in';

// The activity log: a tenant sees what happened to its VM, including what an admin did on its behalf;
// an admin reads every tenant's events and narrows them by tenant and VM.

const uid = () => `${Date.now() % 1_000_000}`;
const TENANT = 200000001;

test('a VM’s Activity tab lists its changes newest first, a refusal with its RetCode, and what an admin did for the tenant', async ({ page, browser }) => {
  await signInAs(page, 'tenant');
  const name = `act-${uid()}`;
  const id = await createTestVm(page, name);
  const refused = await api(page, { Action: 'StartVMInstance', Region: 'cn-bj2', VMID: id });
  expect(refused.RetCode).not.toBe(0);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, 'admin');
  expect((await api(admin, { Action: 'RestartVMInstance', Region: 'cn-bj2', VMID: id, CompanyID: TENANT })).RetCode).toBe(0);
  await adminContext.close();

  await page.goto(`/vms/${id}?tab=activity`);
  const table = page.getByRole('table', { name: 'Activity' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three events
  await expect(rows.nth(1)).toContainText('Restart');
  await expect(rows.nth(1)).toContainText(`, for tenant ${TENANT}`);
  await expect(rows.nth(1)).toContainText(/^.*Admin /);
  await expect(rows.nth(2)).toContainText('Start');
  await expect(rows.nth(2)).toContainText('Failed');
  await expect(rows.nth(2)).toContainText(`[${refused.RetCode}]`);
  await expect(rows.nth(3)).toContainText('Create');
  await expect(rows.nth(3)).toContainText('You');
  await expect(rows.nth(3)).toContainText('Done');
  await expect(rows.nth(3)).toContainText(`Name=${name}`);
  await expect(table).not.toContainText('Passw0rd!');

  // An action taken on the page shows up in the tab without a reload.
  await page.getByRole('toolbar', { name: 'VM actions' }).getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('dialog', { name: `Stop ${name}?` }).getByRole('button', { name: 'Stop' }).click();
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('Stop');
  await expect(rows.nth(1)).toContainText('You');
});

test('an admin reads every tenant’s activity, one tenant’s, and one VM’s', async ({ page }) => {
  await signInAs(page, 'admin');
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, 'other');
  const otherVm = await createTestVm(otherPage, `act-other-${uid()}`, await firstSubnet(otherPage));
  await other.close();

  await page.goto('/activity?company=all');
  const table = page.getByRole('table', { name: 'Activity' });
  await expect(table.getByRole('link', { name: otherVm })).toBeVisible();
  await expect(page.getByText('All tenants. Switch tenant in the header to see one tenant.')).toBeVisible();

  await page.goto(`/activity?company=${TENANT}`);
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByRole('link', { name: otherVm })).toHaveCount(0);

  await page.goto('/activity?company=all');
  await page.getByRole('searchbox', { name: 'VM ID' }).fill(otherVm);
  await page.getByRole('searchbox', { name: 'VM ID' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`vm=${otherVm}`));
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Create');
  await expect(table.getByRole('row').nth(1)).toContainText('200000002');
});

async function firstSubnet(page: import('@playwright/test').Page): Promise<{ VPCID: string; SubnetID: string }> {
  const res = await api<{ Infos: { VPCID: string; SubnetID: string }[] }>(page, { Action: 'DescribeSubnet', Region: 'cn-bj2', Limit: 1 });
  return { VPCID: res.Infos[0].VPCID, SubnetID: res.Infos[0].SubnetID };
}
