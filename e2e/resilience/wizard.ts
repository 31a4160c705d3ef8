import { expect, type Page } from '@playwright/test';
import { choose } from '../popups';

// The shortest valid path through the create wizard on the embedded simulator's demo tenant
// (cn-bj2: demo-vpc-bj2 / demo-app), ending on the review step with the Create button showing.

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
}

export async function fillWizardToReview(page: Page, name: string, password: string): Promise<void> {
  await page.goto('/vms/create');
  // A draft from an earlier run of the wizard would prefill fields: start clean.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Region and billing' })).toBeVisible();
  await next(page, 'Compute');
  await choose(page, 'VM type', 'ComputeSetBBBB');
  await next(page, 'Image and disks');
  await page.getByRole('combobox', { name: 'Image' }).fill('Ubuntu');
  await page.keyboard.press('Enter');
  await choose(page, 'System disk type', 'StorageSetBBBB');
  await next(page, 'Network');
  await choose(page, 'VPC', 'demo-vpc-bj2');
  await choose(page, 'Subnet', 'demo-app');
  await next(page, 'Name and password');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await next(page, 'Review');
}
