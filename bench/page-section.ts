import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path';
import { seedManyVms } from '../server/simulator/seed-many';
import { row, type BenchRow } from './bench-row';
import { buildApp, DIST_DIR } from './bundle-section';
import { demoLogin, gatewayCall } from './gateway-client';
import { coldVisit, emulateNetwork, freshContext, inAppVisit, SLOW_NETWORK, type Ready, type Visit } from './page-visit';
import { startStackProcess } from './stack-process';
import { median } from './stats';

const SECTION = 'Page';
const RUNS = 5;
const PAGE_SIZE = 100;
const LIST = `/vms?size=${PAGE_SIZE}`;

// The page's rows are all there and every one on screen is drawn: a page of more than 50 rows renders a row
// only as it comes near the screen (src/features/vms/list/lazy-row.tsx), so "visible" is what the eye can see.
const ROWS: Ready = (arg) => {
  const rows = [...document.querySelectorAll('tbody tr[data-row-key]')];
  return rows.length >= Number(arg) && rows.every((r) => !r.classList.contains('lazy-row') || r.getBoundingClientRect().top >= window.innerHeight);
};
const HEADING: Ready = (arg) => [...document.querySelectorAll('h1, h2, h3, [role="heading"]')].some((h) => h.textContent?.trim() === arg);
const SIGN_IN_FORM: Ready = () => document.querySelector('form input[type="password"]') !== null;

const m = (values: number[]) => Math.round(median(values));

/** One cold visit in a fresh context, optionally on the slow network. */
async function visitOnce(browser: Browser, url: string, path: string, ready: Ready, arg: string, opts: { signedOut?: boolean; slow?: boolean } = {}) {
  const context = await freshContext(browser, url, opts);
  try {
    const page = await context.newPage();
    await emulateNetwork(page, opts.slow ? SLOW_NETWORK : null);
    return await coldVisit(page, url, path, ready, arg);
  } finally {
    await context.close();
  }
}

/** In one signed-in context: list (cold), click into a VM, back to the list (its data cached). */
async function roundTrip(browser: Browser, url: string, vm: { VMID: string; Name: string }) {
  const context = await freshContext(browser, url);
  try {
    const page = await context.newPage();
    await coldVisit(page, url, LIST, ROWS, String(PAGE_SIZE));
    const toDetail = await inAppVisit(page, `document.querySelector('a[href^="/vms/${vm.VMID}"]').click()`, HEADING, vm.Name);
    const back = await inAppVisit(page, 'history.back()', ROWS, String(PAGE_SIZE));
    return { toDetail, back };
  } finally {
    await context.close();
  }
}

/**
 * The built app (bundle section) served by the gateway, with 150 extra VMs for the demo tenant: every row of
 * issue 14's table, median of 5 cold visits each, and the cold list again on a 40 ms / 20 Mbit/s network.
 */
export async function pageSection(): Promise<BenchRow[]> {
  // Run on its own (`npm run bench -- page`), the section builds the app itself.
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
    // One warm-up: the first Chromium context pays for its own start-up.
    await visitOnce(browser, stack.url, LIST, ROWS, String(PAGE_SIZE));
    const list: Visit[] = [];
    const slow: Visit[] = [];
    const signIn: Visit[] = [];
    const trips: Array<{ toDetail: number; back: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      list.push(await visitOnce(browser, stack.url, LIST, ROWS, String(PAGE_SIZE)));
      slow.push(await visitOnce(browser, stack.url, LIST, ROWS, String(PAGE_SIZE), { slow: true }));
      signIn.push(await visitOnce(browser, stack.url, '/sign-in', SIGN_IN_FORM, '', { signedOut: true }));
      trips.push(await roundTrip(browser, stack.url, vm));
    }
    const kb = (visits: Visit[]) => m(visits.map((v) => v.bytes)) / 1000;
    const files = (visits: Visit[]) => m(visits.map((v) => v.files));
    return [
      row(SECTION, `VM list: navigation start to ${PAGE_SIZE} rows visible (those on screen drawn), cold`, m(list.map((v) => v.readyMs)), 'ms', {
        budget: 1000,
        note: `median of ${RUNS}; last /api answer at ${m(list.map((v) => v.lastApiMs))} ms`,
      }),
      row(SECTION, "VM list: render once its data has arrived (ready minus last /api answer)", m(list.map((v) => v.readyMs - v.lastApiMs)), 'ms', { budget: 200 }),
      row(SECTION, 'VM list: back from a detail page (data cached)', m(trips.map((t) => t.back)), 'ms', { budget: 200, note: 'history.back() to 100 rows' }),
      row(SECTION, 'in-app list -> detail', m(trips.map((t) => t.toDetail)), 'ms', { budget: 300, note: 'click on the name link to the name heading' }),
      row(SECTION, 'first visit to /vms: bytes on the wire', kb(list), 'kB', { budget: 300, note: `${files(list)} files (budget 20), every response until the rows show` }),
      row(SECTION, 'first visit to the sign-in page, signed out: bytes on the wire', kb(signIn), 'kB', {
        budget: 150,
        note: `${files(signIn)} files; ready at ${m(signIn.map((v) => v.readyMs))} ms`,
      }),
      row(SECTION, `VM list, cold, on 40 ms latency and 20 Mbit/s`, m(slow.map((v) => v.readyMs)), 'ms', {
        note: `${kb(slow)} kB, ${files(slow)} files; last /api answer at ${m(slow.map((v) => v.lastApiMs))} ms`,
      }),
    ];
  } finally {
    await browser.close();
    await stack.close();
  }
}
