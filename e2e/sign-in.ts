import { expect, type Page } from '@playwright/test';

export type DemoAccount = 'admin' | 'tenant' | 'other';

/** Signs in with a demo account through the gateway (the browser context keeps the cookie). */
export async function signInAs(page: Page, account: DemoAccount): Promise<void> {
  const res = await page.request.post('/auth/demo-login', {
    data: { Account: account },
    headers: { 'X-Requested-By': 'console' },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Calls one action through the gateway as the signed-in user, for test setup and checks. */
export async function api<T = Record<string, unknown>>(page: Page, params: Record<string, unknown>): Promise<T & { RetCode: number; Message?: string }> {
  const res = await page.request.post('/api', { data: params, headers: { 'X-Requested-By': 'console' } });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T & { RetCode: number; Message?: string };
}
