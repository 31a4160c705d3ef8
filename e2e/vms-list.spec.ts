import { expect, test, type Page } from '@playwright/test';
import { api, createTestVm, signInAs } from './sign-in';

const uid = () => Math.random().toString(36).slice(2, 8);

/** A fresh VM of the demo tenant in cn-bj2 (subnet 2 when asked), settled in the wanted state. */
function createVm(page: Page, name: string, opts: { state?: 'Running' | 'Stopped'; subnet?: 1 | 2 } = {}): Promise<string> {
  return createTestVm(page, name, { SubnetID: `subnet-demobj2${opts.subnet ?? 1}` }, opts.state);
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'tenant');
});

test('pages on the server and restores page and size from the URL on reload', async ({ page }) => {
  const prefix = `pg-${uid()}`;
  // Twelve VMs of our own: two pages of ten whatever other specs left behind.
  for (let i = 0; i < 12; i++) {
    const res = await api(page, {
      Action: 'CreateVMInstance', Region: 'cn-bj2', Name: `${prefix}-${String(i).padStart(2, '0')}`, Password: 'Passw0rd!',
      ChargeType: 'Dynamic', VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048,
      BootDiskSetType: 'StorageSetBBBB', VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21',
    });
    expect(res.RetCode, res.Message).toBe(0);
  }
  await page.goto(`/vms?q=${prefix}`);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(page.getByText('12 VMs')).toBeVisible();
  await expect(rows).toHaveCount(12);
  await page.getByRole('combobox', { name: 'Page Size' }).click();
  await page.getByTitle('10 / page').click();
  await expect(page).toHaveURL(/size=10/);
  await expect(rows).toHaveCount(10);
  await page.getByRole('listitem', { name: '2' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(rows).toHaveCount(2);
  const firstOnPage2 = await rows.first().getAttribute('data-row-key');
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-row-key', firstOnPage2 ?? '');
  await expect(page.getByRole('searchbox', { name: 'Search by name, ID or IP' })).toHaveValue(prefix);
  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(rows).toHaveCount(10);
  await page.goForward();
  await expect(rows).toHaveCount(2);
});

test('search is debounced, lands in the URL and survives a reload', async ({ page }) => {
  const name = `srch-${uid()}`;
  const id = await createVm(page, name);
  await page.goto('/vms');
  await page.getByRole('searchbox', { name: 'Search by name, ID or IP' }).fill(name);
  await expect(page).toHaveURL(new RegExp(`q=${name}`));
  const rows = page.getByRole('table', { name: 'Virtual machines' }).locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-row-key', id);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search by name, ID or IP' })).toHaveValue(name);
  await expect(rows).toHaveCount(1);
  // By id as well.
  await page.getByRole('searchbox', { name: 'Search by name, ID or IP' }).fill(id);
  await expect(page).toHaveURL(new RegExp(`q=${id}`));
  await expect(rows).toHaveCount(1);
});

test('filters by state, VPC and subnet, and by ids', async ({ page }) => {
  const tag = uid();
  const a = await createVm(page, `flt-a-${tag}`, { subnet: 1 });
  const b = await createVm(page, `flt-b-${tag}`, { subnet: 2, state: 'Stopped' });
  await page.goto(`/vms?q=flt-&ids=${a},${b}`);
  const rows = page.getByRole('table', { name: 'Virtual machines' }).locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('Showing only 2 selected VMs.')).toBeVisible();

  await page.getByRole('combobox', { name: 'State' }).click();
  await page.getByTitle('Stopped', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/state=Stopped/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-row-key', b);
  await page.reload();
  await expect(rows).toHaveCount(1);

  await page.goto(`/vms?ids=${a},${b}`);
  await page.getByRole('combobox', { name: 'VPC' }).click();
  await page.getByTitle(/vpc-demobj2/).click();
  await expect(page).toHaveURL(/vpc=vpc-demobj2/);
  await page.getByRole('combobox', { name: 'Subnet' }).click();
  await page.getByTitle(/10\.10\.1\.0/).click();
  await expect(page).toHaveURL(/subnet=subnet-demobj21/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-row-key', a);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/ids=/);
});

test('polls while a VM is in transition: Starting -> Running without a reload', async ({ page }) => {
  const name = `poll-${uid()}`;
  const id = await createVm(page, name, { state: 'Stopped' });
  await page.goto(`/vms?q=${name}`);
  const row = page.locator(`tr[data-row-key="${id}"]`);
  await expect(row.getByText('Stopped')).toBeVisible();
  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Start', exact: true }).click();
  await expect(row.getByText('Starting')).toBeVisible();
  await expect(row.getByText('Running')).toBeVisible({ timeout: 8000 });
  await expect(page.getByText(/Updated \d+ s ago/)).toBeVisible();
});

test('empty result; column chooser remembered; CSV export with BOM', async ({ page }) => {
  await page.goto(`/vms?q=no-such-vm-${uid()}`);
  await expect(page.getByRole('table', { name: 'Virtual machines' }).getByRole('img', { name: 'No data' })).toBeVisible();
  // A search with no match says so and offers a way back to every VM (issue 17).
  await expect(page.getByText('No virtual machines match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/vms$/);
  await expect(page.getByRole('table', { name: 'Virtual machines' }).locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.goto('/vms');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Billing' }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'Billing' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Created' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Billing' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const text = (await (await file.createReadStream()).toArray()).map(String).join('');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('web-01');
  expect(text.split('\r\n')[0]).not.toContain('Billing');
  // Spec as three numbers, times in ISO 8601 (UTC), so a spreadsheet can sum and sort them.
  const [header, ...rows] = text.replace('\uFEFF', '').split('\r\n');
  const columns = header.split(',');
  expect(columns).toEqual(expect.arrayContaining(['CPU cores', 'Memory (GB)', 'GPUs', 'Created']));
  const web01 = rows.find((row) => row.startsWith('web-01,'))!.split(',');
  expect(web01[columns.indexOf('CPU cores')]).toBe('2');
  expect(web01[columns.indexOf('Memory (GB)')]).toBe('4');
  expect(web01[columns.indexOf('GPUs')]).toBe('0');
  expect(web01[columns.indexOf('Created')]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('every IP has a copy button, in the list and on the IP tab', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { Infos } = await api<{ Infos: Array<{ IPInfos?: Array<{ IP?: string; Type?: string }> }> }>(page, {
    Action: 'DescribeVMInstance', Region: 'cn-bj2', VMIDs: ['vm-demo0001'],
  });
  const ip = Infos[0]?.IPInfos?.find((i) => i.Type === 'Private')?.IP ?? '';
  expect(ip).not.toBe('');
  await page.goto('/vms?ids=vm-demo0001');
  await page.getByRole('table', { name: 'Virtual machines' }).getByRole('button', { name: `Copy ${ip}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ip);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.goto('/vms/vm-demo0001?tab=ips');
  await page.getByRole('table', { name: 'IP addresses' }).getByRole('button', { name: `Copy ${ip}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ip);
});

test('sorts the page by a column header, says it sorts only this page, and keeps the order in the URL', async ({ page }) => {
  const prefix = `srt-${uid()}`;
  for (const name of ['b-2', 'a-10', 'c-1']) await createVm(page, `${prefix}-${name}`);
  await page.goto(`/vms?q=${prefix}`);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  const names = () => table.locator('tbody tr.ant-table-row td:nth-child(2) a').allInnerTexts();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(3);
  // The platform's order: newest first.
  expect(await names()).toEqual([`${prefix}-c-1`, `${prefix}-a-10`, `${prefix}-b-2`]);
  await expect(page.getByRole('note')).toHaveCount(0);

  await table.getByRole('columnheader', { name: 'Name' }).click();
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await expect.poll(names).toEqual([`${prefix}-a-10`, `${prefix}-b-2`, `${prefix}-c-1`]);
  await expect(page.getByRole('note')).toHaveText('Sorted within this page: the platform lists VMs newest first and cannot sort them.');

  await table.getByRole('columnheader', { name: 'Name' }).click();
  await expect(page).toHaveURL(/[?&]sort=-name(&|$)/);
  await page.reload();
  await expect.poll(names).toEqual([`${prefix}-c-1`, `${prefix}-b-2`, `${prefix}-a-10`]);

  await table.getByRole('columnheader', { name: 'Created' }).click();
  await expect(page).toHaveURL(/[?&]sort=created(&|$)/);
  await expect.poll(names).toEqual([`${prefix}-b-2`, `${prefix}-a-10`, `${prefix}-c-1`]);
});

test('state chips count each state group as the API does and filter the list to it', async ({ page }) => {
  const stopped = await api<{ TotalCount: number }>(page, { Action: 'DescribeVMInstance', Region: 'cn-bj2', States: ['Stopped'], Limit: 1 });
  await page.goto('/vms');
  const chips = page.getByRole('group', { name: 'Virtual machines by state' });
  for (const label of ['Running', 'Stopped', 'In transition', 'Failed']) await expect(chips.getByRole('button', { name: new RegExp(`^${label} \\d+$`) })).toBeVisible();
  const chip = chips.getByRole('button', { name: `Stopped ${stopped.TotalCount}` });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]state=Stopped(&|$)/);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(stopped.TotalCount, 20));
  for (const text of await table.locator('tbody tr.ant-table-row .ant-tag').allInnerTexts()) expect(text.trim()).toBe('Stopped');
  await chip.click();
  await expect(page).toHaveURL(/\/vms$/);
});

test('at 1024 px the Actions column stays on screen, also with the admin’s Owner column', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await signInAs(page, 'admin');
  await page.goto('/vms?company=all');
  const table = page.getByRole('table', { name: 'Virtual machines' });
  await expect(table.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  const button = table.getByRole('button', { name: /^Actions for / }).first();
  await expect(button).toBeVisible();
  const box = (await button.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  await button.click();
  await expect(page.getByRole('menuitem', { name: 'Stop' })).toBeVisible();
});

test('a page of more than 50 rows draws only the rows near the screen, and each as it comes near', async ({ page }) => {
  // The other tenant's cn-sh2 holds nothing else, so the page is exactly these VMs.
  await signInAs(page, 'other');
  const prefix = `lazy-${uid()}`;
  const count = 55;
  for (let i = 0; i < count; i++) {
    const res = await api(page, {
      Action: 'CreateVMInstance', Region: 'cn-sh2', Name: `${prefix}-${String(i).padStart(2, '0')}`, Password: 'Passw0rd!',
      ChargeType: 'Dynamic', VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048,
      BootDiskSetType: 'StorageSetBBBB', VPCID: 'vpc-othrsh2', SubnetID: 'subnet-othrsh21',
    });
    expect(res.RetCode, res.Message).toBe(0);
  }
  await page.addInitScript(() => localStorage.setItem('console.region', 'cn-sh2'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/vms?q=${prefix}&size=100&sort=name`);
  const table = page.getByRole('table', { name: 'Virtual machines' });
  const rows = table.locator('tbody tr[data-row-key]');
  const drawn = table.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(count);
  await expect(table.getByRole('link', { name: `${prefix}-00` })).toBeVisible();
  // A screenful (and the next one) is drawn; the far end of the page is not.
  expect(await drawn.count()).toBeLessThan(count);
  await expect(table.getByRole('link', { name: `${prefix}-54` })).toHaveCount(0);
  // Scrolled to, the last row is drawn like any other, with its link and its action menu.
  await rows.last().scrollIntoViewIfNeeded();
  await expect(table.getByRole('link', { name: `${prefix}-54` })).toBeVisible();
  await expect(table.getByRole('button', { name: `Actions for ${prefix}-54` })).toBeVisible();
  // Selecting the whole page selects every row, drawn or not.
  await table.getByRole('checkbox', { name: 'Select all' }).check();
  await expect(page.getByText(`${count} selected`)).toBeVisible();
});
