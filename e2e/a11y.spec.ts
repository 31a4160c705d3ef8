import { expect, test, type Page } from '@playwright/test';
import { messages } from '../src/i18n/messages';
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

/** Opens an antd select by its label and picks the option whose text contains `option`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  const list = await box.getAttribute('aria-controls');
  await page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option`, { hasText: option }).first().click();
}

/** Changes language and theme in the app itself (the wizard's state survives; a reload would lose the password). */
async function switchLook(page: Page, from: Look, to: Look): Promise<void> {
  const header = page.getByRole('banner');
  if (from.language !== to.language) {
    await header.getByRole('combobox', { name: say(from, 'header.language') }).click();
    await page.getByRole('option', { name: say(to, `language.${to.language}`) }).click();
  }
  if (from.theme !== to.theme) {
    await header.getByRole('combobox', { name: say(to, 'header.theme') }).click();
    await page.getByRole('option', { name: say(to, `header.theme.${to.theme}`) }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', to.theme);
  await expect(page.locator('html')).toHaveAttribute('lang', to.language);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('the create wizard passes axe on every step, and its review in both languages and themes', async ({ page }) => {
  const en: Look = { language: 'en-US', theme: 'light' };
  await presetLook(page, en);
  await signInAs(page, 'tenant');
  await page.goto('/vms/create');
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  const step = async (key: string) => {
    await expect(page.getByRole('heading', { level: 3, name: say(en, key) })).toBeVisible();
    await settled(page);
    await scan(page, where(en, `create wizard, ${say(en, key)}`));
  };
  const next = () => page.getByRole('button', { name: 'Next' }).click();
  // Errors shown: the first step refuses 12 months.
  await page.getByRole('radiogroup', { name: 'Billing' }).locator('label', { hasText: 'Monthly' }).click();
  await page.getByLabel('Months').fill('12');
  await next();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await scan(page, where(en, 'create wizard, step 1 with an error'));
  await page.getByLabel('Months').fill('1');
  await next();
  await step('createVm.step.compute');
  await choose(page, 'VM type', 'ComputeSetBBBB');
  await next();
  await step('createVm.step.image');
  await page.getByRole('combobox', { name: 'Image' }).fill('Ubuntu');
  await page.keyboard.press('Enter');
  await choose(page, 'System disk type', 'StorageSetBBBB');
  await next();
  await step('createVm.step.network');
  await choose(page, 'VPC', 'demo-vpc-bj2');
  await choose(page, 'Subnet', 'demo-app');
  await next();
  await step('createVm.step.identity');
  await page.getByLabel('Name', { exact: true }).fill(`a11y-wiz-${uid()}`);
  await page.getByLabel('Password', { exact: true }).fill('Wizard-Pass123');
  await page.getByLabel('Confirm password').fill('Wizard-Pass123');
  await next();
  await step('createVm.step.review');

  let look = en;
  for (const to of LOOKS.slice(1)) {
    await switchLook(page, look, to);
    look = to;
    await expect(page.getByRole('heading', { level: 3, name: say(look, 'createVm.step.review') })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'create wizard, review'));
    await page.getByRole('navigation', { name: say(look, 'createVm.steps') }).getByRole('button', { name: say(look, 'createVm.step.compute') }).click();
    await expect(page.getByRole('heading', { level: 3, name: say(look, 'createVm.step.compute') })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'create wizard, compute'));
    await page.getByRole('navigation', { name: say(look, 'createVm.steps') }).getByRole('button', { name: say(look, 'createVm.step.review') }).click();
  }
});

for (const look of LOOKS.filter((l) => l.language === 'en-US')) {
  test(`VM dialogs pass axe in ${look.theme} theme`, async ({ page }) => {
    await presetLook(page, look);
    await signInAs(page, 'tenant');
    const running = `a11y-dlg-${uid()}`;
    const stopped = `a11y-dls-${uid()}`;
    const [runningId, stoppedId] = await Promise.all([createVm(page, running), createVm(page, stopped, 'Stopped')]);
    const bar = page.getByRole('toolbar', { name: 'VM actions' });
    const dialogScan = async (action: string, title: string, more?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
      await bar.getByRole('button', { name: action, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await settled(page);
      await scan(page, where(look, `${action} dialog`));
      if (more) await more(dialog);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    };

    await page.goto(`/vms/${runningId}`);
    await expect(page.getByRole('heading', { name: running, level: 2 })).toBeVisible();
    await dialogScan('Stop', `Stop ${running}?`);
    await dialogScan('Reset password', `Reset the password of ${running}`, async (dialog) => {
      await dialog.getByLabel('New password').fill('abc');
      await dialog.getByRole('button', { name: 'Reset password' }).click();
      await expect(dialog.locator('.ant-form-item-explain-error').first()).toBeVisible();
      await scan(page, where(look, 'reset password dialog with errors'));
    });
    await dialogScan('Delete', `Delete ${running}`);

    await page.goto(`/vms/${stoppedId}`);
    await expect(page.getByRole('heading', { name: stopped, level: 2 })).toBeVisible();
    await dialogScan('Resize', `Resize ${stopped}`, async (dialog) => {
      await dialog.getByLabel('New size').click();
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(1);
      await scan(page, where(look, 'resize dialog, sizes open'));
      await page.keyboard.press('Escape');
    });
    await dialogScan('Reinstall', `Reinstall ${stopped}`);

    await page.goto(`/vms/${runningId}/console`);
    const toolbar = page.getByRole('toolbar', { name: 'Console toolbar' });
    await expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
    await toolbar.getByRole('button', { name: 'Send text' }).click();
    await expect(page.getByRole('dialog', { name: 'Send text as keystrokes' })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'send text dialog'));
  });
}

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  expect(await target.evaluate((el) => el === document.activeElement), 'reached by Tab').toBe(true);
}

const hasFocus = (target: ReturnType<Page['getByRole']>) => target.evaluate((el) => el === document.activeElement);

test.describe('keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await presetLook(page, { language: 'en-US', theme: 'light' });
    await signInAs(page, 'tenant');
  });

  test('from the list: Tab to a row’s menu, open it and the stop dialog with keys; Escape returns focus to the menu button', async ({ page }) => {
    const name = `a11y-kb-${uid()}`;
    await createVm(page, name);
    await page.goto(`/vms?q=${name}`);
    const menuButton = page.getByRole('button', { name: `Actions for ${name}` });
    await expect(menuButton).toBeVisible();
    await tabTo(page, menuButton);
    await page.keyboard.press('Enter');
    const stop = page.getByRole('menuitem', { name: 'Stop', exact: true });
    await expect(stop).toBeVisible();
    for (let i = 0; i < 10 && !(await hasFocus(stop)); i++) await page.keyboard.press('ArrowDown');
    expect(await hasFocus(stop), 'the menu is walked with the arrow keys').toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Stop ${name}?` });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), 'focus moves into the dialog').toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(() => hasFocus(menuButton), { message: 'focus returns to the row’s menu button' }).toBe(true);
  });

  test('on the detail page every control is reachable by Tab, and focus returns after a dialog', async ({ page }) => {
    const name = `a11y-kd-${uid()}`;
    const id = await createVm(page, name);
    await page.goto(`/vms/${id}`);
    const bar = page.getByRole('toolbar', { name: 'VM actions' });
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    await settled(page);
    // Mark what Tab reaches, then check every focusable control in the page's main region was reached.
    await page.evaluate(() => document.addEventListener('focusin', (e) => (e.target as Element).setAttribute('data-tab-reached', '')));
    for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
    const missed = await page.getByRole('main').evaluate((main) =>
      [...main.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.tabIndex >= 0 && !el.hasAttribute('data-tab-reached'))
        .map((el) => el.outerHTML.slice(0, 200)),
    );
    expect(missed, 'controls Tab never reached').toEqual([]);

    const stop = bar.getByRole('button', { name: 'Stop', exact: true });
    await stop.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Stop ${name}?` });
    await expect(dialog).toBeVisible();
    // Cancel by keyboard this time: Tab to it and press Enter.
    await tabTo(page, dialog.getByRole('button', { name: 'Cancel' }), 10);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect.poll(() => hasFocus(stop), { message: 'focus returns to Stop' }).toBe(true);
    // And submitting by keyboard works too.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Stop' }), 10);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByText('Stopped', { exact: true }).first()).toBeVisible();
  });

  test('the console’s send-text dialog returns focus to its button', async ({ page }) => {
    const id = await createVm(page, `a11y-kc-${uid()}`);
    await page.goto(`/vms/${id}/console`);
    await expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
    const send = page.getByRole('toolbar', { name: 'Console toolbar' }).getByRole('button', { name: 'Send text' });
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Send text as keystrokes' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(() => hasFocus(send), { message: 'focus returns to Send text' }).toBe(true);
  });
});

test('VM states are never told by colour alone: every state tag carries its name', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/vms');
  const table = page.getByRole('table', { name: 'Virtual machines' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await settled(page);
  const states = Object.entries(messages['en-US']).filter(([key]) => key.startsWith('vms.state.')).map(([, text]) => text);
  const tags = await table.locator('.ant-tag').allInnerTexts();
  expect(tags.length).toBeGreaterThan(0);
  for (const text of tags) expect(text.trim(), 'a state tag without its name').not.toBe('');
  expect(tags.filter((text) => states.includes(text.trim())).length, 'state tags named by a state').toBeGreaterThan(0);
  await page.goto('/');
  await settled(page);
  for (const text of await page.getByRole('main').locator('.ant-tag').allInnerTexts()) expect(text.trim()).not.toBe('');
});
