import { expect, test, type Page } from '@playwright/test';
import { pick } from './popups';
import { signInAs } from './sign-in';

// The app shell: sign-in (one click and key pair), header, language, theme, sign-out, deep links, 404.

async function signInWithDemoTenant(page: Page) {
  await page.getByRole('button', { name: /Sign in as Demo tenant/ }).click();
}

test('one click signs in as the demo tenant and shows the shell', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithDemoTenant(page);
  await expect(page).toHaveURL(/\/$/);
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'UCloudStack Console' })).toBeVisible();
  await expect(header.getByRole('button', { name: /Account \(Tenant\)/ })).toContainText('Tenant');
  await expect(header.getByRole('combobox', { name: 'Region' })).toBeVisible();
  await expect(header.getByText(/cn-bj2/)).toBeVisible();
});

test('the language switch changes the texts to Chinese and back', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/');
  const header = page.getByRole('banner');
  await pick(page, 'Language', '简体中文');
  await expect(header.getByRole('link', { name: '虚拟机' })).toBeVisible();
  await expect(header.getByRole('button', { name: /账号（租户）/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await pick(page, '语言', 'English');
  await expect(header.getByRole('link', { name: 'Virtual machines' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('the theme switch changes html[data-theme]', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await pick(page, 'Theme', 'Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await pick(page, 'Theme', 'Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('sign-out ends the session: back on sign-in, and /vms asks to sign in again', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: /Account/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/vms');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fvms$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a wrong key pair gets the generic message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Public key').fill('no-such-public-key');
  await page.getByLabel('Private key').fill('no-such-private-key');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The key pair was not accepted.');
  await expect(page).toHaveURL(/\/sign-in$/);
  // The private key never lands in the URL or in browser storage.
  expect(page.url()).not.toContain('no-such-private-key');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain('no-such-private-key');
});

test('empty fields are refused before anything is sent, in the chosen language', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter the public key.')).toBeVisible();
  await expect(page.getByText('Enter the private key.')).toBeVisible();
  // The sign-in page has the language switch too; the messages follow it.
  await pick(page, 'Language', '简体中文');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByText('请输入公钥。')).toBeVisible();
});

test('a deep link while signed out comes back after sign-in', async ({ page }) => {
  await page.goto('/vms?state=Running');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signInWithDemoTenant(page);
  await expect(page).toHaveURL(/\/vms\?state=Running$/);
});

test('an expired session goes to sign-in with a message, then back to the page', async ({ page }) => {
  await signInAs(page, 'tenant');
  // The overview reads VMs for the region; the query string shows that the exact page comes back.
  await page.goto('/?from=expiry');
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Region' })).toBeVisible();
  // The server forgets the session; the next call the page makes gets 401: its own polling, or the
  // reads a region switch starts (the switch is skipped if the polling got there first).
  await page.request.post('/auth/logout', { headers: { 'X-Requested-By': 'console' }, data: {} });
  await pick(page, 'Region', /cn-sh2/, 3_000).catch(() => undefined);
  await expect(page).toHaveURL(/\/sign-in\?expired=1&next=%2F%3Ffrom%3Dexpiry$/);
  await expect(page.getByText('Your session has expired.', { exact: false })).toBeVisible();
  await signInWithDemoTenant(page);
  await expect(page).toHaveURL(/\/\?from=expiry$/);
  await expect(page.getByRole('banner').getByRole('button', { name: /Account \(Tenant\)/ })).toBeVisible();
});

test('an unknown path shows the 404 page with a way back', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/no-such-page');
  await expect(page.getByText('Page not found')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the header fits a phone: navigation and controls move into a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signInAs(page, 'tenant');
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the menu' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('link', { name: 'Virtual machines' })).toBeVisible();
  await expect(drawer.getByRole('combobox', { name: 'Region' })).toBeVisible();
  await drawer.getByRole('link', { name: 'Virtual machines' }).click();
  await expect(page).toHaveURL(/\/vms$/);
});

for (const width of [1024, 1280]) {
  test(`at ${width} px an admin keeps the whole navigation and the region in the header, none of it folded or off-screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signInAs(page, 'admin');
    await page.goto('/?company=all');
    const banner = page.getByRole('banner');
    for (const name of ['Overview', 'Virtual machines', 'Activity']) {
      const link = banner.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await expect(banner.getByRole('combobox', { name: 'Region' })).toBeVisible();
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    if (width === 1024) {
      // The rest waits in the drawer: the tenant switch among it.
      await banner.getByRole('button', { name: 'Open the menu' }).click();
      await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Tenant' })).toBeVisible();
    } else {
      await expect(banner.getByRole('combobox', { name: 'Tenant' })).toBeVisible();
    }
  });
}

test('a page that fails to load shows the error boundary with a way back', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Region' })).toBeVisible();
  // The VM list's chunk cannot be fetched (say, a deploy replaced it): the shell stays, the page says so.
  await page.route(/\/assets\/vm-list-page-[\w-]+\.js$/, (route) => route.abort());
  await page.getByRole('banner').getByRole('link', { name: 'Virtual machines' }).click();
  await expect(page.getByRole('heading', { name: 'Something went wrong on this page' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await page.unroute(/\/assets\/vm-list-page-[\w-]+\.js$/);
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Something went wrong on this page' })).toBeHidden();
});
