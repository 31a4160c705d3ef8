import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path';
import { seedManyVms } from '../server/simulator/seed-many';
import { row, type BenchRow } from './bench-row';
import { buildApp, DIST_DIR } from './bundle-section';
import { demoLogin, gatewayCall } from './gateway-client';
import { startStackProcess } from './stack-process';
import { median } from './stats';

const SECTION = 'Page';
const RUNS = 5;
const PAGE_SIZE = 100;

/**
 * Milliseconds from navigation start until `ready` (run in the page, polled every animation frame)
 * first holds, in a fresh signed-in browser context: a cold cache, as on a first visit.
 */
interface Visit {
  /** Navigation start to ready. */
  readyMs: number;
  domContentLoadedMs: number;
  /** When the last /api answer before ready had arrived: the rest is rendering. */
  lastApiMs: number;
}

async function visit(browser: Browser, url: string, path: string, ready: (arg: string) => boolean, arg: string): Promise<Visit> {
  // The app's CSP forbids eval, which Playwright's polling needs; the app's own scripts are unaffected.
  const context = await browser.newContext({ locale: 'en-US', bypassCSP: true });
  try {
    const login = await context.request.post(`${url}/auth/demo-login`, {
      data: { Account: 'tenant' },
      headers: { 'X-Requested-By': 'console' },
    });
    if (login.status() !== 200) throw new Error(`demo-login: HTTP ${login.status()}`);
    const page = await context.newPage();
    await page.goto(url + path, { waitUntil: 'commit' });
    // performance.now() counts from the navigation's start (timeOrigin).
    const handle = await page.waitForFunction(
      ({ source, value }) => (new Function('arg', `return (${source})(arg)`)(value) ? performance.now() : false),
      { source: ready.toString(), value: arg },
      { polling: 'raf', timeout: 30_000 },
    );
    const readyMs = Number(await handle.jsonValue());
    const timings = await page.evaluate((until) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const api = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname === '/api' && (e as PerformanceResourceTiming).responseEnd <= until)
        .map((e) => (e as PerformanceResourceTiming).responseEnd);
      return { domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN, lastApiMs: api.length ? Math.max(...api) : Number.NaN };
    }, readyMs);
    return { readyMs, ...timings };
  } finally {
    await context.close();
  }
}

const HUNDREDTH_ROW = (arg: string) => document.querySelectorAll('tbody tr[data-row-key]').length >= Number(arg);
const NAME_HEADING = (arg: string) =>
  [...document.querySelectorAll('h1, h2, h3, [role="heading"]')].some((h) => h.textContent?.trim() === arg);

/** The built app (bundle section) served by the gateway, with 150 extra VMs for the demo tenant. */
export async function pageSection(): Promise<BenchRow[]> {
  // Run on its own (`npm run bench -- page`), the section builds the app itself: a build left by an
  // earlier run could be of older code. After the bundle section, this is the same build.
  buildApp();
  const stack = await startStackProcess({
    name: 'page',
    distDir: DIST_DIR,
    prepare: (db) => void seedManyVms(db, { companyId: 200000001, region: 'cn-bj2', count: 150 }),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const session = await demoLogin(stack.url, 'tenant');
    const first = await gatewayCall(session, { Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 1 });
    const vm = (first.Infos as Array<{ VMID: string; Name: string }>)[0];
    const list: Visit[] = [];
    const detail: Visit[] = [];
    // One warm-up: the first Chromium context pays for its own start-up.
    await visit(browser, stack.url, `/vms?size=${PAGE_SIZE}`, HUNDREDTH_ROW, String(PAGE_SIZE));
    for (let i = 0; i < RUNS; i++) {
      list.push(await visit(browser, stack.url, `/vms?size=${PAGE_SIZE}`, HUNDREDTH_ROW, String(PAGE_SIZE)));
      detail.push(await visit(browser, stack.url, `/vms/${vm.VMID}`, NAME_HEADING, vm.Name));
    }
    const note = (visits: Visit[]) => {
      const m = (pick: (v: Visit) => number) => Math.round(median(visits.map(pick)));
      return `median of ${RUNS} cold visits, signed in; DOMContentLoaded ${m((v) => v.domContentLoadedMs)} ms, last /api answer ${m((v) => v.lastApiMs)} ms`;
    };
    return [
      row(SECTION, `VM list: navigation start to ${PAGE_SIZE} rows visible`, median(list.map((v) => v.readyMs)), 'ms', { note: note(list) }),
      row(SECTION, 'VM detail: navigation start to the name heading', median(detail.map((v) => v.readyMs)), 'ms', { note: note(detail) }),
    ];
  } finally {
    await browser.close();
    await stack.close();
  }
}
