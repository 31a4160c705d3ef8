import { expect, type Page } from '@playwright/test';

// antd popups (select dropdowns, popovers, dialogs) as a user meets them: open, then still.
// The suite runs with reduced motion (playwright.config.ts), which the app honours, so "still" is
// reached at once; these waits make it a state the tests check, not a time they hope for.

/** Waits until no finite animation or transition runs on the page (spinners and skeletons loop forever). */
export async function motionSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** Opens an antd select by its label and picks the option whose text contains `option`. */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  // The dropdown that belongs to this select (another one may still be closing).
  const list = await box.getAttribute('aria-controls');
  const dropdown = page.locator(`.ant-select-dropdown:has([id="${list}"])`);
  await expect(dropdown).toBeVisible();
  await motionSettled(page);
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await expect(dropdown).toBeHidden();
}

/** Picks an option by its exact text from the one open select dropdown, and waits for it to close. */
export async function pick(page: Page, select: string | RegExp, option: string | RegExp, timeout?: number): Promise<void> {
  await page.getByRole('combobox', { name: select }).click({ timeout });
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(dropdown).toHaveCount(1, { timeout });
  await motionSettled(page);
  await dropdown.getByText(option, { exact: true }).click({ timeout });
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout });
}
