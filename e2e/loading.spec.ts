import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './sign-in';

// Loading states are skeletons in the page's own shape, under a header that is already there (navigation and
// region included). The VM reads are held back in the browser so the loading state can be seen.

/** Holds every DescribeVMInstance for `ms` before it goes to the gateway; returns the release. */
async function slowVmReads(page: Page, ms: number): Promise<void> {
  await page.route('**/api', async (route) => {
    if (route.request().postData()?.includes('"DescribeVMInstance"')) await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'tenant');
  await slowVmReads(page, 1_500);
});

test('the VM list loads as a table-shaped skeleton under the header and the region selector', async ({ page }) => {
  // Searched: other specs add VMs, and web-01 (seeded first) would not be on the first page.
  await page.goto('/vms?q=web-01');
  const skeleton = page.getByRole('status', { name: 'Loading virtual machines' });
  await expect(skeleton).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'Virtual machines' })).toBeVisible();
  await expect(banner.getByRole('combobox', { name: 'Region' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Virtual machines' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Virtual machines' }).getByRole('link', { name: 'web-01' })).toBeVisible();
  await expect(skeleton).toBeHidden();
});

test('the VM detail loads in its own shape, then shows the VM', async ({ page }) => {
  await page.goto('/vms/vm-demo0001');
  const skeleton = page.getByRole('status', { name: 'Loading the virtual machine' });
  await expect(skeleton).toBeVisible();
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Region' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'web-01' })).toBeVisible();
  await expect(skeleton).toBeHidden();
});
