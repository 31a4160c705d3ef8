import { expect, test, type Page } from '@playwright/test';
import { motionSettled } from './popups';
import { createTestVm, signInAs } from './sign-in';

const uid = () => Math.random().toString(36).slice(2, 8);

/** A fresh monthly VM with a data disk (and a public IP when asked), settled in the wanted state. */
function createVm(page: Page, name: string, opts: { state?: 'Running' | 'Stopped'; eip?: boolean } = {}): Promise<string> {
  const params = { ChargeType: 'Month', Quantity: 1, DataDiskSetType: 'StorageSetBBBB', DataDiskSpace: 20, ...(opts.eip ? { Bandwidth: 2 } : {}) };
  return createTestVm(page, name, params, opts.state);
}

const stateTag = (page: Page, state: string) => page.getByRole('main').getByText(state, { exact: true }).first();
const bar = (page: Page) => page.getByRole('toolbar', { name: 'VM actions' });

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'tenant');
});

test('stop, start and restart from the action bar, the page following each transition', async ({ page }) => {
  const name = `life-${uid()}`;
  const id = await createVm(page, name);
  await page.goto(`/vms/${id}`);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await bar(page).getByRole('button', { name: 'Stop', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Stop ${name}?` });
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTag(page, 'Stopping')).toBeVisible();
  await expect(stateTag(page, 'Stopped')).toBeVisible();
  await bar(page).getByRole('button', { name: 'Start', exact: true }).click();
  await expect(stateTag(page, 'Starting')).toBeVisible();
  await expect(stateTag(page, 'Running')).toBeVisible();
  await bar(page).getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('dialog', { name: `Restart ${name}?` }).getByRole('button', { name: 'Restart' }).click();
  await expect(stateTag(page, 'Restarting')).toBeVisible();
  await expect(stateTag(page, 'Running')).toBeVisible();
});

test('a disabled action says why and offers the fix; power off explains the risk', async ({ page }) => {
  const name = `why-${uid()}`;
  const id = await createVm(page, name);
  await page.goto(`/vms/${id}`);
  const reinstall = bar(page).getByRole('button', { name: 'Reinstall' });
  await expect(reinstall).toBeDisabled();
  await expect(reinstall).toHaveAccessibleDescription('Stop the VM first.');
  await expect(bar(page).getByRole('button', { name: 'Set default gateway' })).toHaveAccessibleDescription('The VM has no public IP (EIP) bound.');
  await expect(bar(page).getByRole('button', { name: 'Start', exact: true })).toHaveAccessibleDescription('The VM is already running.');
  // The reason's popover opens on hover, with its fix-it button.
  await reinstall.hover({ force: true });
  const fix = page.getByRole('button', { name: 'Stop the VM' });
  await expect(fix).toBeVisible();
  await motionSettled(page);
  await fix.click();
  await page.getByRole('dialog', { name: `Stop ${name}?` }).getByRole('button', { name: 'Stop' }).click();
  await expect(stateTag(page, 'Stopped')).toBeVisible();
  await expect(reinstall).toBeEnabled();
  await expect(bar(page).getByRole('button', { name: 'Reset password' })).toHaveAccessibleDescription('Start the VM first.');

  await bar(page).getByRole('button', { name: 'Start', exact: true }).click();
  await expect(stateTag(page, 'Running')).toBeVisible();
  await bar(page).getByRole('button', { name: 'Power off' }).click();
  const dialog = page.getByRole('dialog', { name: `Power off ${name}?` });
  await expect(dialog.getByText(/Unsaved data in memory is lost/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Power off' }).click();
  await expect(stateTag(page, 'Stopped')).toBeVisible();
});

test('reset password: rules, confirmation, generator, Windows rule, shown once', async ({ page }) => {
  await page.goto('/vms/vm-demo0005');
  await bar(page).getByRole('button', { name: 'Reset password' }).click();
  let dialog = page.getByRole('dialog', { name: 'Reset the password of win-desktop' });
  await dialog.getByLabel('New password').fill('Xadm1234');
  await dialog.getByLabel('Confirm password').fill('Xadm1234');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog.getByText('For Windows, do not use more than two consecutive characters of "administrator".').last()).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const name = `pwd-${uid()}`;
  const id = await createVm(page, name);
  await page.goto(`/vms/${id}`);
  await bar(page).getByRole('button', { name: 'Reset password' }).click();
  dialog = page.getByRole('dialog', { name: `Reset the password of ${name}` });
  await dialog.getByLabel('New password').fill('abc');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog.getByRole('alert').or(dialog.locator('.ant-form-item-explain')).getByText('Use 6-30 characters.').first()).toBeVisible();
  await dialog.getByLabel('New password').fill('abcdefgh');
  await expect(dialog.getByText('Mix at least two of', { exact: false }).last()).toBeVisible();
  await dialog.getByLabel('New password').fill('Abcdefg1');
  await dialog.getByLabel('Confirm password').fill('Abcdefg2');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog.getByText('The passwords do not match.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const generated = await dialog.getByLabel('New password').inputValue();
  expect(generated).toHaveLength(16);
  await expect(dialog.getByLabel('Confirm password')).toHaveValue(generated);
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog.getByText('It is shown only this once')).toBeVisible();
  await expect(dialog.getByText(generated)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await bar(page).getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByText(generated)).toHaveCount(0);
});

test('reinstall: current image preselected, typed name required, then Reinstalling -> Stopped', async ({ page }) => {
  const name = `rei-${uid()}`;
  const id = await createVm(page, name, { state: 'Stopped' });
  await page.goto(`/vms/${id}`);
  await bar(page).getByRole('button', { name: 'Reinstall' }).click();
  const dialog = page.getByRole('dialog', { name: `Reinstall ${name}` });
  await expect(dialog.getByText(/\(cn-image-centos-74\)/)).toBeVisible();
  await dialog.getByLabel(`Type the VM name "${name}" to confirm`).fill('wrong');
  await dialog.getByRole('button', { name: 'Reinstall' }).click();
  await expect(dialog.getByText('Type the VM name exactly as shown.')).toBeVisible();
  await dialog.getByLabel(`Type the VM name "${name}" to confirm`).fill(name);
  await dialog.getByRole('button', { name: 'Reinstall' }).click();
  await expect(dialog).toBeHidden();
  await expect(stateTag(page, 'Reinstalling')).toBeVisible();
  await expect(stateTag(page, 'Stopped')).toBeVisible();
});

test('default gateway: the current EIP is marked; IP table shows the mark', async ({ page }) => {
  const name = `gw-${uid()}`;
  const id = await createVm(page, name, { eip: true });
  await page.goto(`/vms/${id}?tab=ips`);
  await expect(page.getByRole('table', { name: 'IP addresses' }).getByText('Default', { exact: true })).toBeVisible();
  await bar(page).getByRole('button', { name: 'Set default gateway' }).click();
  const dialog = page.getByRole('dialog', { name: `Set the default gateway of ${name}` });
  await expect(dialog.getByText('Current default')).toBeVisible();
  await expect(dialog.getByRole('radio')).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Set as default' })).toBeDisabled();
});

test('default gateway: the demo VM with two EIPs moves its default to the other one', async ({ page }) => {
  // web-02 (vm-demo0002) is seeded with two EIPs; whichever is the default now, the other becomes it.
  await page.goto('/vms/vm-demo0002?tab=ips');
  const ips = page.getByRole('table', { name: 'IP addresses' });
  const defaultRow = ips.getByRole('row').filter({ has: page.getByText('Default', { exact: true }) });
  const before = (await defaultRow.getByRole('cell').first().innerText()).trim();
  await bar(page).getByRole('button', { name: 'Set default gateway' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the default gateway of web-02' });
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  await dialog.getByRole('radio', { checked: false }).check();
  await dialog.getByRole('button', { name: 'Set as default' }).click();
  await expect(dialog).toBeHidden();
  await expect(defaultRow).toHaveCount(1);
  await expect(defaultRow.getByRole('cell').first()).not.toHaveText(before);
});

test('a Failed VM offers Delete (and only the actions its state allows)', async ({ page }) => {
  // broken-vm (vm-demo0008) is seeded Failed; the dialog is cancelled, so other specs still find it.
  await page.goto('/vms/vm-demo0008');
  await expect(page.getByRole('heading', { name: 'broken-vm' })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Start', exact: true })).toBeDisabled();
  await bar(page).getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: /broken-vm/ });
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('delete: bound resources and their fate, typed name, back to the list, then not found', async ({ page }) => {
  const name = `del-${uid()}`;
  const id = await createVm(page, name, { eip: true });
  await page.goto(`/vms/${id}?tab=disks`);
  await expect(page.getByRole('tab', { name: 'Disks', selected: true })).toBeVisible();
  await bar(page).getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${name}` });
  const bound = dialog.getByRole('table', { name: 'Bound resources' });
  await expect(bound.getByRole('row', { name: /Data disk.*Unbound and kept/ })).toBeVisible();
  await expect(bound.getByRole('row', { name: /Public IP \(EIP\).*Unbound and kept/ })).toBeVisible();
  await expect(bound.getByRole('row', { name: /System disk.*Deleted/ })).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Also delete the bound data disks and public IPs' }).check();
  await expect(bound.getByRole('row', { name: /Data disk.*Deleted/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByText('Type the VM name exactly as shown.')).toBeVisible();
  await dialog.getByLabel(`Type the VM name "${name}" to confirm`).fill(name);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/vms$/);
  await page.goto(`/vms/${id}`);
  await expect(page.getByRole('heading', { name: 'VM not found' })).toBeVisible();
});

test('resize a stopped VM with prices, start it, see the new spec', async ({ page }) => {
  const name = `rsz-${uid()}`;
  const id = await createVm(page, name, { state: 'Stopped' });
  await page.goto(`/vms/${id}`);
  await bar(page).getByRole('button', { name: 'Resize' }).click();
  const dialog = page.getByRole('dialog', { name: `Resize ${name}` });
  await expect(dialog.getByRole('button', { name: 'Resize' })).toBeDisabled();
  await dialog.getByLabel('New size').click();
  await expect(page.getByTitle('2 CPU · 4 GB')).toBeVisible();
  await motionSettled(page);
  await page.getByTitle('2 CPU · 4 GB').click();
  await expect(dialog.getByText(/^\+\d+\.\d\d per month$/)).toBeVisible();
  await expect(dialog.getByText(/per month/).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Resize' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByText('The new size (2 CPU · 4 GB) applies at the next start.');
  await expect(notice).toBeVisible();
  await page.getByRole('alert').filter({ hasText: 'applies at the next start' }).getByRole('button', { name: 'Start' }).click();
  await expect(stateTag(page, 'Running')).toBeVisible();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('main').getByText('2 CPU · 4 GB').first()).toBeVisible();
});

test('an unknown VM gets a clear page', async ({ page }) => {
  await page.goto('/vms/vm-doesnotexist');
  await expect(page.getByRole('heading', { name: 'VM not found' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the VM list' }).click();
  await expect(page).toHaveURL(/\/vms$/);
});
