import AxeBuilder from '@axe-core/playwright';
import { appendFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Language } from '../src/i18n/messages';
import { translate } from '../src/i18n/translate';

export type Theme = 'light' | 'dark';
export interface Look {
  language: Language;
  theme: Theme;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Language and theme as a returning user has them: in localStorage before the app starts. */
export async function presetLook(page: Page, look: Look): Promise<void> {
  await page.addInitScript(({ language, theme }) => {
    localStorage.setItem('console.language', language);
    localStorage.setItem('console.theme', theme);
  }, look);
}

/** The app's own words in the page's language, so selectors work in both. */
export function say(look: Look, key: string, vars?: Record<string, string | number>): string {
  return translate(look.language, key, vars);
}

/** Nothing still loading: no skeletons or spinners left on the page (animations settle with them). */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0);
}

/**
 * Runs axe on the page (or `include` only) and fails on serious or critical violations; the rest
 * are printed so they stay visible. Soft: one run reports every page's findings at once.
 */
export async function scan(page: Page, where: string, opts: { include?: string; exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (opts.include) builder = builder.include(opts.include);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const started = Date.now();
  const { violations } = await builder.analyze();
  if (process.env.A11Y_DUMP) console.log(`[a11y ${where}] axe ${Date.now() - started} ms`);
  if (process.env.A11Y_DUMP) appendFileSync(process.env.A11Y_DUMP, `${JSON.stringify({ where, violations })}\n`);
  const line = (v: (typeof violations)[number]) =>
    `${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join('; ').trim()})` : ''}`).slice(0, 4).join(' | ')}`;
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !bad.includes(x))) console.log(`[a11y ${where}] ${line(v)}`);
  expect.soft(bad.map(line), `serious or critical axe violations on ${where}`).toEqual([]);
}
