import { expect, test, type Page } from '@playwright/test';
import { choose } from './popups';
import { api, signInAs } from './sign-in';

// The create wizard against the real gateway + simulator (demo tenant, cn-bj2: vpc-demobj2 with
// demo-app 10.10.1.0/24 and demo-data 10.10.2.0/24, security groups demo-wan / demo-lan).

const PASSWORD = 'Wizard-Pass123';

/**
 * A field's error message. The shared form-item bridge does not tie the message to its input
 * (no aria-describedby), and the password checklist repeats the rule texts, so find antd's error line.
 */
function fieldError(page: Page, text: string) {
  return page.locator('.ant-form-item-explain-error', { hasText: text });
}

/** antd's radio buttons hide the input under the button's label: click the label. */
async function chargeType(page: Page, name: 'Hourly' | 'Monthly' | 'Yearly'): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Billing' }).locator('label', { hasText: name }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
}

async function stepHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

function priceFigure(page: Page) {
  return page.getByRole('status', { name: 'Price' }).getByRole('heading');
}

/** The price figure as a number ("CN¥0.14" -> 0.14). */
async function priceValue(page: Page): Promise<number> {
  return Number(((await priceFigure(page).textContent()) ?? '').replace(/[^\d.]/g, ''));
}

async function openWizard(page: Page): Promise<void> {
  await signInAs(page, 'tenant');
  await page.goto('/vms/create');
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await stepHeading(page, 'Region and billing');
}

/** Steps 1-4 with valid choices (a Linux VM on demo-app), leaving the wizard on step 5. */
async function fillUpToName(page: Page, opts: { internalIp?: string } = {}): Promise<void> {
  await fillUpToNameFor(page, 'demo', opts);
}

async function fillUpToNameFor(page: Page, tenant: 'demo' | 'othr', opts: { internalIp?: string } = {}): Promise<void> {
  await next(page);
  await stepHeading(page, 'Compute');
  await choose(page, 'VM type', 'ComputeSetBBBB');
  await next(page);
  await stepHeading(page, 'Image and disks');
  await page.getByRole('combobox', { name: 'Image' }).fill('Ubuntu');
  await page.keyboard.press('Enter');
  await choose(page, 'System disk type', 'StorageSetBBBB');
  await next(page);
  await stepHeading(page, 'Network');
  await choose(page, 'VPC', `${tenant}-vpc-bj2`);
  await choose(page, 'Subnet', `${tenant}-app`);
  if (opts.internalIp) await page.getByLabel('Internal IP').fill(opts.internalIp);
  await next(page);
  await stepHeading(page, 'Name and password');
}

async function fillName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
}

test.describe('create VM wizard', () => {
  test('creates a Linux VM with a data disk and a public IP through every step, and it reaches Running', async ({ page }) => {
    await openWizard(page);
    await chargeType(page, 'Monthly');
    await page.getByLabel('Months').fill('2');
    await next(page);
    await stepHeading(page, 'Compute');
    await choose(page, 'VM type', 'ComputeSetBBBB');
    await choose(page, 'CPU', '2 cores');
    await expect(page.getByRole('combobox', { name: 'Memory' })).toBeEnabled();
    await next(page);
    await stepHeading(page, 'Image and disks');
    await page.getByRole('combobox', { name: 'Image' }).fill('CentOS 7.4');
    await page.keyboard.press('Enter');
    await choose(page, 'System disk type', 'StorageSetBBBB');
    await page.getByLabel('System disk size').fill('50');
    await choose(page, 'Data disk type', 'StorageSetCCCC');
    await page.getByLabel('Data disk size').fill('100');
    await next(page);
    await stepHeading(page, 'Network');
    await choose(page, 'VPC', 'demo-vpc-bj2');
    await choose(page, 'Subnet', 'demo-data');
    await choose(page, 'WAN security group', 'demo-wan');
    await choose(page, 'LAN security group', 'demo-lan');
    await page.getByRole('switch', { name: 'Public IP' }).click();
    await page.getByLabel('Bandwidth').fill('5');
    await next(page);
    await stepHeading(page, 'Name and password');
    const name = `e2e-full-${Date.now() % 100000}`;
    await fillName(page, name);
    await next(page);
    await stepHeading(page, 'Review');
    await expect(page.getByText('StorageSetCCCC, 100 GB').first()).toBeVisible();
    await expect(priceFigure(page)).toHaveText(/\d+\.\d\d/);

    // A double click still makes one VM.
    await page.getByRole('button', { name: 'Create VM' }).dblclick();
    await expect(page).toHaveURL(/\/vms\/vm-[^/?]+/);
    const vmId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect
      .poll(async () => (await api<{ Infos: { State: string }[] }>(page, { Action: 'DescribeVMInstance', Region: 'cn-bj2', VMIDs: [vmId] })).Infos[0]?.State, {
        timeout: 15_000,
      })
      .toBe('Running');
    const vm = (await api<{ Infos: { Name: string; DiskInfos: { Type: string; Size: number }[]; IPInfos: { Type: string }[] }[] }>(page, {
      Action: 'DescribeVMInstance', Region: 'cn-bj2', VMIDs: [vmId],
    })).Infos[0];
    expect(vm.Name).toBe(name);
    expect(vm.DiskInfos.find((d) => d.Type === 'Data')?.Size).toBe(100);
    expect(vm.IPInfos.some((ip) => ip.Type === 'Public')).toBe(true);
    const same = await api<{ TotalCount: number }>(page, { Action: 'DescribeVMInstance', Region: 'cn-bj2', Keyword: name });
    expect(same.TotalCount).toBe(1);
  });

  test('refuses invalid inputs at each step with the right message', async ({ page }) => {
    await openWizard(page);
    const error = (text: string) => fieldError(page, text);

    await chargeType(page, 'Monthly');
    await page.getByLabel('Months').fill('12');
    await next(page);
    await expect(error('Monthly billing runs 1-11 months.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('1 to fix');
    await stepHeading(page, 'Region and billing');
    await page.getByLabel('Months').fill('11');
    await next(page);

    await stepHeading(page, 'Compute');
    await choose(page, 'VM type', 'ComputeSetGPU1');
    await choose(page, 'GPU', '2 GPU');
    await choose(page, 'CPU', '4 cores');
    await next(page);
    await expect(error('Needs at least 4 CPUs per GPU (CPU >= 4 x GPU).')).toBeVisible();
    await stepHeading(page, 'Compute');
    await choose(page, 'VM type', 'ComputeSetBBBB');
    await next(page);

    await stepHeading(page, 'Image and disks');
    await page.getByRole('combobox', { name: 'Image' }).fill('CentOS 7.4');
    await page.keyboard.press('Enter');
    await choose(page, 'System disk type', 'StorageSetBBBB');
    await page.getByLabel('System disk size').fill('39');
    await next(page);
    await expect(error('System disk: 40-500 GB.')).toBeVisible();
    await page.getByLabel('System disk size').fill('40');
    await next(page);

    await stepHeading(page, 'Network');
    await choose(page, 'VPC', 'demo-vpc-bj2');
    await choose(page, 'Subnet', 'demo-app');
    await page.getByLabel('Internal IP').fill('10.10.9.9');
    await next(page);
    await expect(error('The address must be a usable address of the subnet.')).toBeVisible();
    await page.getByLabel('Internal IP').fill('');
    await next(page);

    await stepHeading(page, 'Name and password');
    await page.getByLabel('Name', { exact: true }).fill('a'.repeat(31));
    await page.getByLabel('Password', { exact: true }).fill('abcdefgh');
    await page.getByLabel('Confirm password').fill('abcdefgx');
    await next(page);
    await expect(error('Use 1-30 characters.')).toBeVisible();
    await expect(error('Mix at least two of: upper case, lower case, digits, special characters.')).toBeVisible();
    await expect(error('The passwords do not match.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('3 to fix');
    await fillName(page, 'a'.repeat(30));
    await next(page);
    await stepHeading(page, 'Review');
  });

  test('the price follows the CPU and the billing period', async ({ page }) => {
    await openWizard(page);
    await fillUpToName(page);
    const hourly = await priceFigure(page).textContent();
    await expect(page.getByRole('status', { name: 'Price' })).toContainText('per hour');
    await page.getByRole('button', { name: 'Compute', exact: false }).first().click();
    await stepHeading(page, 'Compute');
    await choose(page, 'CPU', '4 cores');
    await expect(priceFigure(page)).not.toHaveText(hourly ?? '');
    const bigger = await priceFigure(page).textContent();
    expect(await priceValue(page)).toBeGreaterThan(Number((hourly ?? '').replace(/[^\d.]/g, '')));

    await page.getByRole('button', { name: 'Region and billing' }).click();
    await chargeType(page, 'Yearly');
    await expect(page.getByRole('status', { name: 'Price' })).toContainText('per year');
    await expect(priceFigure(page)).not.toHaveText(bigger ?? '');
    expect(await priceValue(page)).toBeGreaterThan(Number((bigger ?? '').replace(/[^\d.]/g, '')));
  });

  test('a submit the platform refuses shows its message and keeps every value', async ({ page }) => {
    await signInAs(page, 'tenant');
    const taken = `10.10.1.${100 + Math.floor(Math.random() * 150)}`;
    const blocker = await api(page, {
      Action: 'CreateVMInstance', Region: 'cn-bj2', Name: `e2e-ip-holder`, Password: PASSWORD, ChargeType: 'Dynamic',
      VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB',
      VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21', InternalIP: taken,
    });
    expect(blocker.RetCode).toBe(0);
    await openWizard(page);
    await fillUpToName(page, { internalIp: taken });
    await fillName(page, 'e2e-refused');
    await next(page);
    await stepHeading(page, 'Review');

    await page.getByRole('button', { name: 'Copy as API request' }).click();
    const json = page.getByLabel('API request', { exact: true });
    await expect(json).toContainText('"InternalIP": "' + taken + '"');
    await expect(json).not.toContainText('Password');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Create VM' }).click();
    // The refusal names InternalIP: its message goes on that field, and the wizard goes to its step.
    await stepHeading(page, 'Network');
    await expect(fieldError(page, `[113] InternalIP ${taken} is already in use`)).toBeVisible();
    await expect(page).toHaveURL(/\/vms\/create/);
    await expect(page.getByLabel('Internal IP')).toHaveValue(taken);
    await page.getByLabel('Internal IP').fill('');
    await next(page);
    await stepHeading(page, 'Name and password');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('e2e-refused');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue(PASSWORD);
  });

  test('the draft survives a reload, without the password', async ({ page }) => {
    await openWizard(page);
    await fillUpToName(page);
    await fillName(page, 'e2e-draft');
    page.on('dialog', (dialog) => void dialog.accept());
    // Leaving for another page asks first.
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('dialog', { name: 'Leave without creating the VM?' })).toBeVisible();
    await page.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(/\/vms\/create/);
    await page.reload();
    await stepHeading(page, 'Name and password');
    await expect(page.getByText('Your draft from this session was restored.')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('e2e-draft');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Confirm password')).toHaveValue('');
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    expect(stored).toContain('e2e-draft');
    expect(stored).not.toContain(PASSWORD);
  });

  test('"Create similar" prefills the wizard from a VM, with a "-copy" name and no password', async ({ page }) => {
    await signInAs(page, 'tenant');
    const source = await api<{ VMID: string }>(page, {
      Action: 'CreateVMInstance', Region: 'cn-bj2', Name: 'e2e-source', Password: PASSWORD, ChargeType: 'Dynamic',
      VMType: 'ComputeSetBBBB', ImageID: 'cn-image-ubuntu-2204', CPU: 2, Memory: 4096, BootDiskSetType: 'StorageSetBBBB',
      BootDiskSpace: 60, VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj22',
    });
    expect(source.RetCode).toBe(0);
    await page.goto(`/vms/create?from=${source.VMID}`);
    await expect(page.getByText('Prefilled from e2e-source.')).toBeVisible();
    await page.getByRole('button', { name: 'Review' }).click();
    await stepHeading(page, 'Name and password');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('e2e-source-copy');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('2 to fix');
  });

  test('an admin names the tenant: it scopes the lookups and owns the VMs', async ({ page }) => {
    await signInAs(page, 'admin');
    await page.goto('/vms/create?company=all');
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await stepHeading(page, 'Region and billing');
    await next(page);
    await expect(fieldError(page, 'Choose the tenant that will own the VM.')).toBeVisible();
    await choose(page, 'Owner tenant', 'Other tenant');
    await expect(fieldError(page, 'Choose the tenant that will own the VM.')).toHaveCount(0);
    await fillUpToNameFor(page, 'othr');
    const name = `e2e-adm-${Date.now() % 100000}`;
    await fillName(page, name);
    await page.getByLabel('Number of VMs').fill('2');
    await expect(page.getByLabel('The VMs will be named')).toContainText(`${name}-1, ${name}-2`);
    await next(page);
    await stepHeading(page, 'Review');
    await page.getByRole('button', { name: 'Create 2 VMs' }).click();
    await expect(page).toHaveURL(/\/vms\?ids=vm-[^,&]+,vm-[^,&]+&company=200000002/);
    const made = await api<{ Infos: { Name: string; CompanyID: number }[] }>(page, {
      Action: 'DescribeVMInstance', Region: 'cn-bj2', CompanyID: 200000002, Keyword: name,
    });
    expect(made.Infos.map((vm) => vm.Name).sort()).toEqual([`${name}-1`, `${name}-2`]);
    expect(made.Infos.every((vm) => vm.CompanyID === 200000002)).toBe(true);
  });

  test('opens priced on step 1: sensible defaults, the currency, per hour and per month, what is billed apart', async ({ page }) => {
    await openWizard(page);
    const price = page.getByRole('status', { name: 'Price' });
    await expect(priceFigure(page)).toHaveText(/^CN¥\d+\.\d\d$/);
    await expect(price).toContainText('Per hour, one VM');
    await expect(price).toContainText('Per month, one VM');
    await expect(price).toContainText('Covers CPU, memory, GPU, the image and the system disk.');
    await next(page);
    await stepHeading(page, 'Compute');
    await expect(page.getByRole('combobox', { name: 'CPU' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('1 core');
    await next(page);
    await stepHeading(page, 'Image and disks');
    await expect(page.getByRole('combobox', { name: 'Image' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('CentOS');
    await next(page);
    await stepHeading(page, 'Network');
    // The demo tenant has one VPC, and most of its VMs are on demo-app.
    const selected = (label: string) => page.getByRole('combobox', { name: label }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]');
    await expect(selected('VPC')).toContainText('demo-vpc-bj2');
    await expect(selected('Subnet')).toContainText('demo-app');
    await page.getByRole('switch', { name: 'Public IP' }).click();
    await expect(price).toContainText('The public IP and its bandwidth are billed separately');

    // A restored draft keeps what it had: the defaults never overwrite it.
    await page.getByRole('button', { name: 'Compute', exact: false }).first().click();
    await choose(page, 'CPU', '4 cores');
    await page.reload();
    await expect(page.getByText('Your draft from this session was restored.')).toBeVisible();
    await page.getByRole('button', { name: 'Compute', exact: false }).first().click();
    await expect(page.getByRole('combobox', { name: 'CPU' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('4 cores');
  });

  test('a generated password is shown once in clear with a copy button, and again on the new VM’s page', async ({ page }) => {
    await openWizard(page);
    await fillUpToName(page);
    await page.getByLabel('Name', { exact: true }).fill(`e2e-gen-${Date.now() % 100000}`);
    await page.getByRole('button', { name: 'Generate a password' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Generated password' });
    const password = await page.getByLabel('Password', { exact: true }).inputValue();
    expect(password.length).toBeGreaterThanOrEqual(8);
    await expect(notice).toContainText(password);
    await expect(notice.getByRole('button', { name: `Copy ${password}` })).toBeVisible();
    await next(page);
    await stepHeading(page, 'Review');
    await page.getByRole('button', { name: 'Create VM' }).click();
    await expect(page).toHaveURL(/\/vms\/vm-[^/?]+/);
    await expect(page.getByRole('status').filter({ hasText: 'Generated password' })).toContainText(password);
    // Shown once: a reload (or any later visit) does not show it again.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.getByText('Generated password')).toHaveCount(0);
  });

  test('Next brings the new step’s heading into view below the header; the summary stays below the header', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 560 });
    await openWizard(page);
    await page.mouse.wheel(0, 2000);
    await next(page);
    const heading = page.getByRole('heading', { level: 3, name: 'Compute' });
    await expect(heading).toBeFocused();
    // Measured once the scrolling has settled (a wheel scrolls after the call returns).
    const top = async (locator: typeof heading) => (await locator.boundingBox())?.y ?? -1;
    await expect.poll(() => top(heading)).toBeGreaterThanOrEqual(64);
    const box = (await heading.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(560);
    await page.mouse.wheel(0, 2000);
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
    const aside = page.getByRole('region', { name: 'Price and summary' });
    await expect.poll(() => top(aside)).toBeGreaterThanOrEqual(64);
  });

  test('quick create: name, size, image and password on one page make a VM; "More options" opens the step that holds them', async ({ page }) => {
    await signInAs(page, 'tenant');
    await page.goto('/vms/create?mode=quick');
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Quick create' })).toBeChecked();
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(0);
    const name = `e2e-quick-${Date.now() % 100000}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await choose(page, 'Size', '2 cores · 4 GB');
    await expect(priceFigure(page)).toHaveText(/^CN¥\d+\.\d\d$/);

    // More options keeps what was typed and opens the step that holds the option.
    await page.getByRole('button', { name: 'Network' }).click();
    await stepHeading(page, 'Network');
    await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
    await page.locator('.ant-segmented-item', { hasText: 'Quick create' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);

    await page.getByRole('button', { name: 'Generate a password' }).click();
    await page.getByRole('button', { name: 'Create VM' }).click();
    await expect(page).toHaveURL(/\/vms\/vm-[^/?]+/);
    await expect(page.getByRole('status').filter({ hasText: 'Generated password' })).toBeVisible();
    const vmId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const vm = (await api<{ Infos: { Name: string; CPU: number; Memory: number; ImageID: string }[] }>(page, { Action: 'DescribeVMInstance', Region: 'cn-bj2', VMIDs: [vmId] })).Infos[0];
    expect(vm).toMatchObject({ Name: name, CPU: 2, Memory: 4096 });
    expect(vm.ImageID).toMatch(/centos/);
  });
});
