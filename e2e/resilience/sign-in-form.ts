import { expect, request, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { KeyPair } from './fake-platform';

/** A page on the given gateway, in its own browser context (its own cookies). */
export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  return context.newPage();
}

/** Signs in through the sign-in form (an external upstream has no demo accounts) and lands on `next`. */
export async function signInWithForm(page: Page, keys: KeyPair, next = '/vms'): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Public key').fill(keys.publicKey);
  await page.getByLabel('Private key').fill(keys.privateKey);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === next);
}

/** Another user of the same gateway, talking to it directly (the way the SPA does). */
export async function otherUser(baseURL: string, keys: KeyPair): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { 'X-Requested-By': 'console' } });
  const res = await ctx.post('/auth/login', { data: { PublicKey: keys.publicKey, PrivateKey: keys.privateKey } });
  expect(res.status(), await res.text()).toBe(200);
  return ctx;
}

/** The other user lists VMs: a normal answer, quickly, whatever happens to the first user. */
export async function expectNormalList(ctx: APIRequestContext, region: string): Promise<void> {
  const started = Date.now();
  const res = await ctx.post('/api', { data: { Action: 'DescribeVMInstance', Region: region, Limit: 20 } });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { RetCode: number; TotalCount: number };
  expect(body.RetCode).toBe(0);
  expect(body.TotalCount).toBeGreaterThan(0);
  expect(Date.now() - started).toBeLessThan(1_000);
}

/** Counts the browser's own /api calls of one action (the UI's retries, not the gateway's). */
export function countCalls(page: Page, action: string): () => number {
  let count = 0;
  page.on('request', (req) => {
    if (req.method() !== 'POST' || new URL(req.url()).pathname !== '/api') return;
    const body = req.postDataJSON() as { Action?: string; States?: unknown; Limit?: unknown } | null;
    // The state chips' counts (States, Limit 1) are not the list's own reads.
    if (body?.Action === action && !(body.States && body.Limit === 1)) count += 1;
  });
  return () => count;
}
