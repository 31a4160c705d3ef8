import { expect, test, type Page } from '@playwright/test';
import { choose } from './popups';
import { createTestVm, signInAs } from './sign-in';

// A phone (390 px): the VM list becomes cards, the console scales to the screen and offers the keys a phone
// keyboard lacks. Nothing scrolls sideways.

test.use({ viewport: { width: 390, height: 844 } });

const uid = () => Math.random().toString(36).slice(2, 8);

async function fitsTheWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test('the VM list is a list of cards with name, state, spec, IP and actions', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/vms?q=web-01');
  const cards = page.getByRole('list', { name: 'Virtual machines' });
  const card = cards.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'web-01' }) });
  await expect(card).toBeVisible();
  await expect(page.getByRole('table', { name: 'Virtual machines' })).toHaveCount(0);
  await expect(card).toContainText('Running');
  await expect(card).toContainText('2 CPU');
  await expect(card).toContainText(/Private 10\.10\.1\.\d+/);
  await card.getByRole('button', { name: 'Actions for web-01' }).click();
  await expect(page.getByRole('menuitem', { name: 'Stop' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await fitsTheWidth(page)).toBe(true);
});

test('the console scales to the phone’s width and its on-screen keys reach the VM', async ({ page }) => {
  await signInAs(page, 'tenant');
  const id = await createTestVm(page, `phone-${uid()}`);
  await page.goto(`/vms/${id}/console`);
  await expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
  const canvas = page.getByRole('region', { name: 'VM screen' }).locator('canvas');
  await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  const box = (await canvas.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  const keys = page.getByRole('group', { name: 'On-screen keys' });
  for (const name of ['Esc', 'Tab', 'Up arrow', 'Down arrow', 'Left arrow', 'Right arrow', 'Backspace', 'Enter']) {
    await expect(keys.getByRole('button', { name })).toBeEnabled();
  }
  const before = await canvasHash(page);
  await keys.getByRole('button', { name: 'Enter' }).click();
  await expect.poll(() => canvasHash(page)).not.toBe(before);
  expect(await fitsTheWidth(page)).toBe(true);
});

async function canvasHash(page: Page): Promise<number> {
  return page.getByRole('region', { name: 'VM screen' }).locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i] + (data[i + 1] << 8) + (data[i + 2] << 16)) | 0;
    return hash;
  });
}

test('the VM detail picks its section from a list instead of tabs that would not fit', async ({ page }) => {
  await signInAs(page, 'tenant');
  await page.goto('/vms/vm-demo0001');
  await expect(page.getByRole('heading', { name: 'web-01' })).toBeVisible();
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await choose(page, 'Section', 'IP addresses');
  await expect(page).toHaveURL(/[?&]tab=ips/);
  await expect(page.getByRole('main').getByRole('table', { name: 'IP addresses' })).toBeVisible();
  expect(await fitsTheWidth(page)).toBe(true);
});
