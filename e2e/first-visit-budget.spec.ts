import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './sign-in';

// What a first visit costs, as the browser receives it (compressed, as the gateway serves it): every response
// until the page is usable, bodies as sent plus headers. These are ceilings just above what the app loads
// today (2026-12-04: /vms ~435 KB in 46-48 files with the state chips' four count reads; sign-in 166 KB in 18
// files since it is plain elements without antd), so any growth fails here. Issue 14's targets (300 KB in 20
// files; 150 KB) are not met: README "Benchmarks" says what stops them.
const VMS_BUDGET_BYTES = 440_000;
const VMS_BUDGET_FILES = 48;
const SIGN_IN_BUDGET_BYTES = 175_000;

/** Starts counting what the page receives; the returned function totals it. */
function countWire(page: Page): () => Promise<{ bytes: number; files: string[] }> {
  const sizes: Promise<number>[] = [];
  const files: string[] = [];
  page.on('requestfinished', (request) => {
    files.push(new URL(request.url()).pathname);
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  });
  return async () => ({ bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), files });
}

test.use({ storageState: { cookies: [], origins: [] } });

test('a first visit to /vms stays within its byte and file budget', async ({ page }) => {
  await signInAs(page, 'tenant');
  const total = countWire(page);
  await page.goto('/vms');
  await expect(page.getByRole('table', { name: 'Virtual machines' }).locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const { bytes, files } = await total();
  expect(bytes, `${files.length} files: ${files.join(' ')}`).toBeLessThanOrEqual(VMS_BUDGET_BYTES);
  expect(files.length, files.join(' ')).toBeLessThanOrEqual(VMS_BUDGET_FILES);
});

test('a first visit to the sign-in page, signed out, stays within its budget and loads no signed-in code', async ({ page }) => {
  const total = countWire(page);
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const { bytes, files } = await total();
  expect(bytes, `${files.length} files: ${files.join(' ')}`).toBeLessThanOrEqual(SIGN_IN_BUDGET_BYTES);
  expect(files.filter((f) => /\/(layout|vm-list-page|overview-page)-/.test(f))).toEqual([]);
  // Nor antd: its two selects there load it when first used.
  expect(files.filter((f) => /\/antd-/.test(f))).toEqual([]);
});
