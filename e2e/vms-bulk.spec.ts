import { expect, test, type Page } from '@playwright/test';
import { api, signInAs } from './sign-in';

const uid = () => Math.random().toString(36).slice(2, 8);

/** VMs of the demo tenant in cn-bj2 (the admin creates them with CompanyID), settled in the wanted states. */
async function createVms(page: Page, names: string[], stopped: string[], companyId?: number): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const name of names) {
    const res = await api<{ VMID: string }>(page, {
      Action: 'CreateVMInstance', Region: 'cn-bj2', Name: name, Password: 'Passw0rd!', ChargeType: 'Dynamic',
      VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB',
      VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21', ...(companyId ? { CompanyID: companyId } : {}),
    });
    expect(res.RetCode, res.Message).toBe(0);
    ids[name] = res.VMID;
  }
  const scope = { Region: 'cn-bj2', ...(companyId ? { CompanyID: companyId } : {}) };
  const states = async () =>
    (await api<{ Infos: { State: string }[] }>(page, { Action: 'DescribeVMInstance', ...scope, VMIDs: Object.values(ids) })).Infos.map((v) => v.State);
  await expect.poll(states, { timeout: 10_000 }).toEqual(names.map(() => 'Running'));
  for (const name of stopped) {
    expect((await api(page, { Action: 'StopVMInstance', ...scope, VMID: ids[name] })).RetCode).toBe(0);
  }
  await expect.poll(async () => (await states()).filter((s) => s === 'Stopped').length, { timeout: 10_000 }).toBe(stopped.length);
  return ids;
}

test('bulk stop on a mixed selection: skipped VMs named, the rest followed to Stopped', async ({ page }) => {
  await signInAs(page, 'tenant');
  const prefix = `blk-${uid()}`;
  const names = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`, `${prefix}-d`];
  await createVms(page, names, [names[2]]);
  await page.goto(`/vms?q=${prefix}`);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(4);
  for (const name of names) await table.getByRole('checkbox', { name: `Select ${name}` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(toolbar.getByText('4 selected')).toBeVisible();
  await toolbar.getByRole('button', { name: 'Stop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop 3 VMs?' });
  await expect(dialog.getByText('Stop 3 of 4; the others are skipped:')).toBeVisible();
  await expect(dialog.getByText('1 skipped: The VM is already stopped.')).toBeVisible();
  await expect(dialog.getByText(new RegExp(`${names[2]} \\(vm-`))).toBeVisible();
  await dialog.getByRole('button', { name: 'Stop 3' }).click();
  const results = page.getByRole('region', { name: 'Stop: results' });
  await expect(results.getByText('Done')).toHaveCount(3, { timeout: 15_000 });
  for (const name of [names[0], names[1], names[3]]) {
    await expect(page.locator('tr', { hasText: name }).getByText('Stopped', { exact: true })).toBeVisible();
  }
  // The selection survived the refreshes.
  await expect(toolbar.getByText('4 selected')).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Stop' })).toBeDisabled();
});

test('a failure shows the platform message and can be retried', async ({ page }) => {
  await signInAs(page, 'tenant');
  const prefix = `blkf-${uid()}`;
  const names = [`${prefix}-a`, `${prefix}-b`];
  const ids = await createVms(page, names, []);
  await page.goto(`/vms?q=${prefix}`);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  for (const name of names) await table.getByRole('checkbox', { name: `Select ${name}` }).check();
  // Behind the page's back, one VM stops: its Restart is refused by the platform (the list still says Running).
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Restart' }).click();
  expect((await api(page, { Action: 'StopVMInstance', Region: 'cn-bj2', VMID: ids[names[1]] })).RetCode).toBe(0);
  await page.getByRole('dialog', { name: 'Restart 2 VMs?' }).getByRole('button', { name: 'Restart 2' }).click();
  const results = page.getByRole('region', { name: 'Restart: results' });
  await expect(results.getByText(/Failed: \[\d+\]/)).toBeVisible();
  await expect(results.getByText('Done')).toHaveCount(1, { timeout: 15_000 });
  await expect(results.getByRole('button', { name: 'Retry failed (1)' })).toBeVisible();
});

test('an admin acting for a tenant sees the tenant named in the confirmation', async ({ page }) => {
  await signInAs(page, 'admin');
  const prefix = `blka-${uid()}`;
  await createVms(page, [`${prefix}-a`], [], 200000001);
  await page.goto(`/vms?company=200000001&q=${prefix}`);
  await page.getByRole('table', { name: 'Virtual machines' }).getByRole('checkbox', { name: `Select ${prefix}-a` }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('dialog', { name: 'Stop 1 VM of Demo tenant (200000001)?' })).toBeVisible();
});

test('one VM is counted in the singular: "1 VM", "Stop 1 VM?", "Stop the selected VM."', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/vms?ids=vm-demo0001');
  await expect(page.getByText('1 VM', { exact: true })).toBeVisible();
  await expect(page.getByText('Showing only 1 selected VM.')).toBeVisible();
  await page.getByRole('table', { name: 'Virtual machines' }).getByRole('checkbox', { name: 'Select web-01' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Stop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop 1 VM?' });
  await expect(dialog.getByText('Stop the selected VM.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
