import { expect, test, type Page } from '@playwright/test';
import { messages } from '../src/i18n/all-messages';
import type { MessageKey } from '../src/i18n/messages';
import { choose } from './popups';
import { createVm, hasFocus, LOOKS, presetLook, say, scan, settled, switchLook, tabTo, type Look } from './a11y-helpers';
import { signInAs } from './sign-in';

// Accessibility: axe (WCAG 2.1 A and AA) on every page in both languages and both themes, on the
// wizard's steps and the VM dialogs; the VM actions by keyboard alone, the focus returning to the
// control that opened a dialog, and states never told by colour alone. noVNC's canvas needed no
// exclusion: axe finds nothing in it.

const uid = () => Math.random().toString(36).slice(2, 8);
const where = (look: Look, name: string) => `${name} (${look.language}, ${look.theme})`;

test.describe('every page', () => {
  let vm = { id: '', name: '' };
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signInAs(page, 'tenant');
    vm = { name: `a11y-${uid()}`, id: '' };
    vm.id = await createVm(page, vm.name);
    await page.close();
  });

  for (const look of LOOKS) {
    test(`passes axe in ${look.language}, ${look.theme}`, async ({ page }) => {
      const { id, name } = vm;
      await presetLook(page, look);
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { name: say(look, 'auth.title') })).toBeVisible();
      await settled(page);
      await scan(page, where(look, 'sign-in'));

      await signInAs(page, 'tenant');
      await page.goto('/');
      await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
      await settled(page);
      await scan(page, where(look, 'overview'));

      await page.goto('/vms');
      await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
      await settled(page);
      await scan(page, where(look, 'VM list'));

      // The first tab with the whole page, the others only the tabs (the rest does not change).
      await page.goto(`/vms/${id}`);
      const tabs = [['overview', 'vms.tab.overview'], ['disks', 'vms.tab.disks'], ['ips', 'vms.tab.ips'], ['activity', 'activity.title'], ['console', 'vms.tab.console']] as const;
      for (const [tab, label] of tabs) {
        await page.getByRole('tab', { name: say(look, label) }).click();
        await expect(page.getByRole('tab', { name: say(look, label), selected: true })).toBeVisible();
        await settled(page);
        if (tab === 'activity') await expect(page.getByRole('table', { name: say(look, 'activity.title') }).getByRole('row').nth(1)).toBeVisible();
        if (tab === 'console') await expect(page.getByRole('status', { name: say(look, 'console.status.label') })).toHaveText(say(look, 'console.status.connected'));
        await scan(page, where(look, `VM detail, ${tab} tab`), tab === 'overview' ? [] : ['.ant-tabs']);
      }

      await page.goto(`/vms/${id}/console`);
      await expect(page.getByRole('status', { name: say(look, 'console.status.label') })).toHaveText(say(look, 'console.status.connected'));
      await scan(page, where(look, 'console page'));

      await page.goto('/vms/create');
      await expect(page.getByRole('heading', { level: 3, name: say(look, 'createVm.step.billing') })).toBeVisible();
      await settled(page);
      await scan(page, where(look, 'create wizard, first step'));

      await signInAs(page, 'admin');
      await page.goto('/?company=all');
      await page.getByRole('banner').getByRole('combobox', { name: say(look, 'tenants.switch') }).click();
      await expect(page.getByRole('option', { name: /^Demo tenant/ }).first()).toBeVisible();
      await settled(page);
      await scan(page, where(look, 'admin overview, tenant switcher open'));

      await page.goto('/activity?company=all');
      await expect(page.getByRole('table', { name: say(look, 'activity.title') }).getByRole('row').nth(1)).toBeVisible();
      await settled(page);
      await scan(page, where(look, 'activity page (admin, all tenants)'));
    });
  }
});

// Every width (issue 17): a 1024 px laptop (navigation in the header, other controls in the drawer) and a
// 390 px phone (cards, the console's on-screen keys), each in both themes.
test.describe('narrow screens', () => {
  let vmId = '';
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signInAs(page, 'tenant');
    vmId = await createVm(page, `a11y-narrow-${uid()}`);
    await page.close();
  });

  for (const width of [1024, 390]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`pass axe at ${width} px, ${theme}`, async ({ page }) => {
        const look: Look = { language: 'en-US', theme };
        await page.setViewportSize({ width, height: 800 });
        await presetLook(page, look);
        await signInAs(page, 'admin');
        await page.goto('/?company=200000001');
        await expect(page.getByRole('main').getByRole('link', { name: 'web-01' }).first()).toBeVisible();
        await settled(page);
        await scan(page, `overview (${width} px, ${theme})`);

        await page.goto('/vms?company=all&q=web-0');
        await expect(page.getByRole('main').getByRole('link', { name: 'web-01' })).toBeVisible();
        await settled(page);
        await scan(page, `VM list, all tenants (${width} px, ${theme})`);

        await page.getByRole('banner').getByRole('button', { name: 'Open the menu' }).click();
        await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Language' })).toBeVisible();
        await settled(page);
        await scan(page, `header drawer (${width} px, ${theme})`);
        await page.keyboard.press('Escape');

        await signInAs(page, 'tenant');
        await page.goto(`/vms/${vmId}`);
        // At 390 px a section picker stands for the tabs.
        await expect(width > 390 ? page.getByRole('tab', { name: 'Overview', selected: true }) : page.getByRole('combobox', { name: 'Section' })).toBeVisible();
        await settled(page);
        await scan(page, `VM detail (${width} px, ${theme})`);

        await page.goto(`/vms/${vmId}/console`);
        await expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
        await scan(page, `console (${width} px, ${theme})`);

        await page.goto('/activity');
        await expect(page.getByRole('table', { name: 'Activity' }).getByRole('row').nth(1)).toBeVisible();
        await settled(page);
        await scan(page, `activity (${width} px, ${theme})`);
      });
    }
  }
});

test('the create wizard passes axe on every step, and on its review in both languages and themes', async ({ page }) => {
  let look: Look = LOOKS[0];
  await presetLook(page, look);
  await signInAs(page, 'tenant');
  await page.goto('/vms/create');
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  const next = () => page.getByRole('button', { name: 'Next' }).click();
  const step = async (key: MessageKey) => {
    await expect(page.getByRole('heading', { level: 3, name: say(look, key) })).toBeVisible();
    await settled(page);
    await scan(page, where(look, `create wizard, ${say(look, key)}`), ['main']);
  };
  // The first step as the user sees it after a mistake: 12 months is refused.
  await page.getByRole('radiogroup', { name: 'Billing' }).locator('label', { hasText: 'Monthly' }).click();
  await page.getByLabel('Months').fill('12');
  await next();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await scan(page, where(look, 'create wizard, first step with an error'), ['main']);
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

  for (const to of LOOKS.slice(1)) {
    await switchLook(page, look, to);
    look = to;
    await step('createVm.step.review');
    const steps = page.getByRole('navigation', { name: say(look, 'createVm.steps') });
    await steps.getByRole('button', { name: say(look, 'createVm.step.compute') }).click();
    await step('createVm.step.compute');
    await steps.getByRole('button', { name: say(look, 'createVm.step.review') }).click();
  }
});

test.describe('the VM dialogs', () => {
  // Every dialog is cancelled: both themes can share the VMs.
  const running = { name: `a11y-dlg-${uid()}`, id: '' };
  const stopped = { name: `a11y-dls-${uid()}`, id: '' };
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signInAs(page, 'tenant');
    [running.id, stopped.id] = await Promise.all([createVm(page, running.name), createVm(page, stopped.name, 'Stopped')]);
    await page.close();
  });

  for (const look of LOOKS.filter((l) => l.language === 'en-US')) test(`pass axe in the ${look.theme} theme`, async ({ page }) => {
    await presetLook(page, look);
    await signInAs(page, 'tenant');
    const bar = page.getByRole('toolbar', { name: 'VM actions' });
    // The first dialog with the page behind it, the others on their own; `more` scans a later state instead.
    let first = true;
    const dialog = async (action: string, title: string, more?: () => Promise<void>) => {
      await bar.getByRole('button', { name: action, exact: true }).click();
      const box = page.getByRole('dialog', { name: title });
      await expect(box).toBeVisible();
      await settled(page);
      if (more) await more();
      else await scan(page, where(look, `${action} dialog`), first ? [] : ['.ant-modal-root']);
      first = false;
      await box.getByRole('button', { name: 'Cancel' }).click();
      await expect(box).toBeHidden();
    };

    await page.goto(`/vms/${running.id}`);
    await expect(page.getByRole('heading', { name: running.name, level: 2 })).toBeVisible();
    await dialog('Stop', `Stop ${running.name}?`);
    await dialog('Reset password', `Reset the password of ${running.name}`, async () => {
      const box = page.getByRole('dialog');
      await box.getByLabel('New password').fill('abc');
      await box.getByRole('button', { name: 'Reset password' }).click();
      await expect(box.locator('.ant-form-item-explain-error').first()).toBeVisible();
      await scan(page, where(look, 'Reset password dialog with errors'), ['.ant-modal-root']);
    });
    await dialog('Delete', `Delete ${running.name}`);

    await page.goto(`/vms/${stopped.id}`);
    await expect(page.getByRole('heading', { name: stopped.name, level: 2 })).toBeVisible();
    await dialog('Resize', `Resize ${stopped.name}`, async () => {
      await page.getByRole('dialog').getByLabel('New size').click();
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(1);
      await scan(page, where(look, 'Resize dialog, sizes open'), ['.ant-modal-root', '.ant-select-dropdown']);
      await page.keyboard.press('Escape');
    });
    await dialog('Reinstall', `Reinstall ${stopped.name}`);

    await page.goto(`/vms/${running.id}/console`);
    await expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
    await page.getByRole('toolbar', { name: 'Console toolbar' }).getByRole('button', { name: 'Send text' }).click();
    await expect(page.getByRole('dialog', { name: 'Send text as keystrokes' })).toBeVisible();
    await settled(page);
    await scan(page, where(look, 'Send text dialog'), ['.ant-modal-root']);
  });
});

test.describe('by keyboard', () => {
  // Left running by the list and console tests (their dialogs are cancelled); the detail test makes its own.
  const shared = { name: `a11y-kb-${uid()}`, id: '' };
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signInAs(page, 'tenant');
    shared.id = await createVm(page, shared.name);
    await page.close();
  });
  test.beforeEach(async ({ page }) => {
    await presetLook(page, LOOKS[0]);
    await signInAs(page, 'tenant');
  });

  test('from the list: Tab to a row’s menu, open it and the stop dialog with keys; the focus comes back to the menu button', async ({ page }) => {
    const { name } = shared;
    await page.goto(`/vms?q=${name}`);
    const menuButton = page.getByRole('button', { name: `Actions for ${name}` });
    await expect(menuButton).toBeVisible();
    await tabTo(page, menuButton);
    await page.keyboard.press('Enter');
    const stop = page.getByRole('menuitem', { name: 'Stop', exact: true });
    await expect(stop).toBeVisible();
    for (let i = 0; i < 10 && !(await hasFocus(stop)); i++) await page.keyboard.press('ArrowDown');
    expect(await hasFocus(stop), 'the arrow keys walk the menu').toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Stop ${name}?` });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), 'the focus moves into the dialog').toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(() => hasFocus(menuButton), { message: 'the focus returns to the row’s menu button' }).toBe(true);

    // The bulk toolbar too: select the row with Space, Tab to bulk Stop, open and cancel its dialog.
    const select = page.getByRole('checkbox', { name: `Select ${name}` });
    await select.focus();
    await page.keyboard.press('Space');
    await expect(select).toBeChecked();
    const bulkStop = page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Stop', exact: true });
    await tabTo(page, bulkStop, 40);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect.poll(() => hasFocus(bulkStop), { message: 'the focus returns to bulk Stop' }).toBe(true);
  });

  test('on the detail page Tab reaches every control, and a dialog opened and closed by keys gives the focus back', async ({ page }) => {
    const name = `a11y-kd-${uid()}`;
    const id = await createVm(page, name);
    await page.goto(`/vms/${id}`);
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    await settled(page);
    // Mark what Tab reaches, then look for a visible control in the main region that it never reached.
    await page.evaluate(() => document.addEventListener('focusin', (e) => (e.target as Element).setAttribute('data-tab-reached', '')));
    for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
    const missed = await page.getByRole('main').evaluate((main) =>
      [...main.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]')]
        .filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !el.hasAttribute('data-tab-reached'))
        .map((el) => el.outerHTML.slice(0, 160)),
    );
    expect(missed, 'controls that Tab never reached').toEqual([]);

    const stop = page.getByRole('toolbar', { name: 'VM actions' }).getByRole('button', { name: 'Stop', exact: true });
    await stop.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Stop ${name}?` });
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Cancel' }), 10);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect.poll(() => hasFocus(stop), { message: 'the focus returns to Stop' }).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: 'Stop' }), 10);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByText('Stopped', { exact: true }).first()).toBeVisible();
  });

  test('the console’s send-text dialog gives the focus back to its button', async ({ page }) => {
    await page.goto(`/vms/${shared.id}/console`);
    await expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
    const send = page.getByRole('toolbar', { name: 'Console toolbar' }).getByRole('button', { name: 'Send text' });
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Send text as keystrokes' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(() => hasFocus(send), { message: 'the focus returns to Send text' }).toBe(true);
  });
});

test('VM states are never told by colour alone: every state tag names its state', async ({ page }: { page: Page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/vms');
  const table = page.getByRole('table', { name: 'Virtual machines' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await settled(page);
  const states = Object.entries(messages['en-US']).filter(([key]) => key.startsWith('vms.state.')).map(([, text]) => text);
  const tags = (await table.locator('.ant-tag').allInnerTexts()).map((text) => text.trim());
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((text) => text === ''), 'tags without words').toEqual([]);
  expect(tags.filter((text) => states.includes(text)).length, 'tags named by a state').toBeGreaterThan(0);
  await page.goto('/');
  await settled(page);
  const overviewTags = (await page.getByRole('main').locator('.ant-tag').allInnerTexts()).map((text) => text.trim());
  expect(overviewTags.filter((text) => text === ''), 'tags without words on the overview').toEqual([]);
});

test('a user who asks for reduced motion gets none: menus and dialogs open without animating', async ({ page }) => {
  await signInAs(page, 'tenant');
  // build-server is a seeded VM that stays stopped; its dialogs here are cancelled.
  await page.goto('/vms?q=build-server');
  const menuButton = page.getByRole('button', { name: 'Actions for build-server' });
  await expect(menuButton).toBeVisible();
  await settled(page);
  const animating = () => page.evaluate(() =>
    document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length,
  );
  await menuButton.click();
  const reinstall = page.getByRole('menuitem', { name: 'Reinstall' });
  await expect(reinstall).toBeVisible();
  expect(await animating(), 'animations while the row menu opens').toBe(0);
  await reinstall.click();
  const dialog = page.getByRole('dialog', { name: 'Reinstall build-server' });
  await expect(dialog).toBeVisible();
  expect(await animating(), 'animations while a dialog opens').toBe(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
