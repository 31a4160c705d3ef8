import { expect, test, type Page } from '@playwright/test';
import { presetLook, say, scan, settled, type Look } from './a11y-scan';
import { api, signInAs } from './sign-in';

// Accessibility: axe (WCAG 2.1 A/AA) on every page in both languages and both themes, the dialogs,
// keyboard-only use of the VM actions, focus returning after a dialog, state never by colour alone.

const REGION = 'cn-bj2';
const LOOKS: Look[] = [
  { language: 'en-US', theme: 'light' },
  { language: 'en-US', theme: 'dark' },
  { language: 'zh-CN', theme: 'light' },
  { language: 'zh-CN', theme: 'dark' },
];
const uid = () => Math.random().toString(36).slice(2, 8);

async function vmState(page: Page, id: string): Promise<string | undefined> {
  const res = await api<{ Infos: { State: string }[] }>(page, { Action: 'DescribeVMInstance', Region: REGION, VMIDs: [id] });
  return res.Infos[0]?.State;
}

/** A fresh VM of the demo tenant, settled in the wanted state. */
async function createVm(page: Page, name: string, state: 'Running' | 'Stopped' = 'Running'): Promise<string> {
  const res = await api<{ VMID: string }>(page, {
    Action: 'CreateVMInstance', Region: REGION, Name: name, Password: 'Passw0rd!', ChargeType: 'Dynamic',
    VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB',
    VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21',
  });
  expect(res.RetCode, res.Message).toBe(0);
  await expect.poll(() => vmState(page, res.VMID), { timeout: 10_000 }).toBe('Running');
  if (state === 'Stopped') {
    expect((await api(page, { Action: 'StopVMInstance', Region: REGION, VMID: res.VMID })).RetCode).toBe(0);
    await expect.poll(() => vmState(page, res.VMID), { timeout: 10_000 }).toBe('Stopped');
  }
  return res.VMID;
}

const where = (look: Look, name: string) => `${name} (${look.language}, ${look.theme})`;

for (const look of LOOKS) {
  test(`every page passes axe in ${look.language}, ${look.theme}`, async ({ page }) => {
    await presetLook(page, look);
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: say(look, 'auth.title') })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'sign-in'));

    await signInAs(page, 'tenant');
    const name = `a11y-${uid()}`;
    const id = await createVm(page, name);
    await page.goto('/');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'overview'));

    await page.goto('/vms');
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'VM list'));

    for (const tab of ['overview', 'disks', 'ips', 'console']) {
      await page.goto(`/vms/${id}?tab=${tab}`);
      await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
      await expect(page.getByRole('tab', { name: say(look, `vms.tab.${tab}`), selected: true })).toBeVisible();
      await settled(page);
      if (tab === 'console') await expect(page.getByRole('status', { name: say(look, 'console.status.label') })).toHaveText(say(look, 'console.status.connected'));
      await scan(page, where(look, `VM detail, ${tab} tab`));
    }

    await page.goto(`/vms/${id}/console`);
    await expect(page.getByRole('status', { name: say(look, 'console.status.label') })).toHaveText(say(look, 'console.status.connected'));
    await scan(page, where(look, 'console page'));

    await page.goto('/vms/create');
    await expect(page.getByRole('heading', { level: 3, name: say(look, 'createVm.step.billing') })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'create wizard, step 1'));

    await signInAs(page, 'admin');
    await page.goto('/?company=all');
    const tenant = page.getByRole('banner').getByRole('combobox', { name: say(look, 'tenants.switch') });
    await tenant.click();
    await expect(page.getByRole('option', { name: /Demo tenant/ }).first()).toBeVisible();
    await scan(page, where(look, 'admin tenant switcher open'));
  });
}
