import AxeBuilder from '@axe-core/playwright';
import { appendFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language, MessageKey } from '../src/i18n/messages';
import { messages } from '../src/i18n/all-messages';
import { translate } from '../src/i18n/translate';
import { motionSettled } from './popups';
import { createTestVm } from './sign-in';

// Shared by e2e/a11y.spec.ts: axe scans, the language and theme, a few steps of the UI by keyboard.

export interface Look {
  language: Language;
  theme: 'light' | 'dark';
}

export const LOOKS: Look[] = [
  { language: 'en-US', theme: 'light' },
  { language: 'en-US', theme: 'dark' },
  { language: 'zh-CN', theme: 'light' },
  { language: 'zh-CN', theme: 'dark' },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Language and theme as a returning user has them: in localStorage before the app starts. */
export async function presetLook(page: Page, look: Look): Promise<void> {
  await page.addInitScript(({ language, theme }) => {
    localStorage.setItem('console.language', language);
    localStorage.setItem('console.theme', theme);
  }, look);
}

/** The app's own words in the page's language, so selectors work in both. */
export function say(look: Look, key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(messages[look.language], key, vars);
}

/** Nothing still loading or moving: no skeletons or spinners left, no dialog still fading in. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0);
  await motionSettled(page);
}

/**
 * Runs axe on the page (or only on `include`, for a part that changed on an already scanned page)
 * and fails, softly so that one run reports every page, on serious or critical violations; the
 * others are printed. A11Y_DUMP=<file> appends every finding as JSON lines, with axe's timing.
 */
export async function scan(page: Page, where: string, include: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of include) builder = builder.include(selector);
  // axe measures colours as painted: a dialog still fading in has colours of its own.
  await motionSettled(page);
  const started = Date.now();
  const { violations } = await builder.analyze();
  if (process.env.A11Y_DUMP) appendFileSync(process.env.A11Y_DUMP, `${JSON.stringify({ where, ms: Date.now() - started, violations })}\n`);
  const line = (v: (typeof violations)[number]) =>
    `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ')})`;
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !serious.includes(x))) console.log(`[a11y] ${where}: ${line(v)}`);
  expect.soft(serious.map(line), `serious or critical axe violations on ${where}`).toEqual([]);
}

/** A fresh VM of the signed-in demo tenant, settled in the wanted state. */
export function createVm(page: Page, name: string, state: 'Running' | 'Stopped' = 'Running'): Promise<string> {
  return createTestVm(page, name, {}, state);
}

/** Changes language and theme with the header's selects (the page's state survives, unlike a reload). */
export async function switchLook(page: Page, from: Look, to: Look): Promise<void> {
  const header = page.getByRole('banner');
  if (from.language !== to.language) {
    await header.getByRole('combobox', { name: say(from, 'header.language') }).click();
    await page.getByRole('option', { name: say(to, `language.${to.language}`) }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', to.language);
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  }
  if (from.theme !== to.theme) {
    await header.getByRole('combobox', { name: say(to, 'header.theme') }).click();
    await motionSettled(page);
    await page.getByRole('option', { name: say(to, `header.theme.${to.theme}`) }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', to.theme);
  await expect(page.locator('html')).toHaveAttribute('lang', to.language);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

export const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has the focus, at most `limit` times. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit && !(await hasFocus(target)); i++) await page.keyboard.press('Tab');
  expect(await hasFocus(target), 'reached by Tab').toBe(true);
}
