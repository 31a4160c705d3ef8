import type { Browser, BrowserContext, Page, Request } from '@playwright/test';

/** Chromium's network emulation for the "slow network" run: 40 ms each way, 20 Mbit/s. */
export const SLOW_NETWORK = { latency: 40, downloadThroughput: (20e6 / 8) * 1, uploadThroughput: (20e6 / 8) * 1 };

export interface Visit {
  /** Navigation start to ready. */
  readyMs: number;
  /** When the last /api answer before ready had arrived: the rest is rendering. */
  lastApiMs: number;
  /** Every response of the visit until ready: body as sent (compressed when it was) plus headers. */
  bytes: number;
  files: number;
}

export type Ready = (arg: string) => boolean;

/** A fresh browser context (a cold cache, as on a first visit), signed in as the demo tenant unless `signedOut`. */
export async function freshContext(browser: Browser, url: string, opts: { signedOut?: boolean } = {}): Promise<BrowserContext> {
  // The app's CSP forbids eval, which Playwright's polling needs; the app's own scripts are unaffected.
  const context = await browser.newContext({ locale: 'en-US', bypassCSP: true });
  if (!opts.signedOut) {
    const login = await context.request.post(`${url}/auth/demo-login`, { data: { Account: 'tenant' }, headers: { 'X-Requested-By': 'console' } });
    if (login.status() !== 200) throw new Error(`demo-login: HTTP ${login.status()}`);
  }
  return context;
}

export async function emulateNetwork(page: Page, network: typeof SLOW_NETWORK | null): Promise<void> {
  if (!network) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
}

/** performance.now() when `ready(arg)` first holds, polled every animation frame. */
export async function readyAt(page: Page, ready: Ready, arg: string): Promise<number> {
  const handle = await page.waitForFunction(
    ({ source, value }) => (new Function('arg', `return (${source})(arg)`)(value) ? performance.now() : false),
    { source: ready.toString(), value: arg },
    { polling: 'raf', timeout: 60_000 },
  );
  return Number(await handle.jsonValue());
}

/** A cold visit of `path`: time to ready, and what crossed the wire until then. */
export async function coldVisit(page: Page, url: string, path: string, ready: Ready, arg: string): Promise<Visit> {
  const pending: Promise<number>[] = [];
  // A request that finishes after the visit is measured may be asked its size after the context closed.
  const count = (request: Request) => pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  page.on('requestfinished', count);
  await page.goto(url + path, { waitUntil: 'commit' });
  const readyMs = await readyAt(page, ready, arg);
  const lastApiMs = await page.evaluate(
    (until) =>
      Math.max(
        -1,
        ...performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname === '/api' && (e as PerformanceResourceTiming).responseEnd <= until)
          .map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    readyMs,
  );
  page.off('requestfinished', count);
  const sizes = await Promise.all(pending);
  return { readyMs, lastApiMs, bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

/** Milliseconds from running `act` in the page (an in-app navigation) until `ready` holds. */
export async function inAppVisit(page: Page, act: string, ready: Ready, arg: string): Promise<number> {
  const started = await page.evaluate((source) => {
    const t = performance.now();
    new Function(source)();
    return t;
  }, act);
  return (await readyAt(page, ready, arg)) - started;
}
