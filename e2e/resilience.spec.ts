import { expect, test, type Page } from '@playwright/test';
import { startFakePlatform, BYSTANDER, STATE_COUNT, VICTIM, type FakePlatform, type Misbehaviour } from './resilience/fake-platform';
import { startDroppingVnc, startSilentVnc, type FakeVnc } from './resilience/fake-vnc';
import { REGION } from './resilience/platform-answers';
import { startResilienceGateway, type ResilienceGateway } from './resilience/resilience-gateway';
import { countCalls, expectNormalList, newPage, otherUser, signInWithForm } from './resilience/sign-in-form';
import { fillWizardToReview } from './resilience/wizard';
import { api, signInAs } from './sign-in';

// A real gateway in this process in front of a platform that misbehaves for one user: each failure
// must read clearly in the UI, the gateway must keep serving the other user, and nobody may retry in
// a storm (the gateway retries a read once on a connection failure, the UI retries a read once).

const MAX_HITS_PER_LIST_LOAD = 4;

let platform: FakePlatform;
let gateway: ResilienceGateway;
let droppingVnc: FakeVnc;
let silentVnc: FakeVnc;

test.beforeAll(async () => {
  platform = await startFakePlatform();
  gateway = await startResilienceGateway(platform.url);
  droppingVnc = await startDroppingVnc(2_000);
  silentVnc = await startSilentVnc();
  platform.setVnc('vm-res-drop', droppingVnc);
  platform.setVnc('vm-res-silent', silentVnc);
});

test.afterAll(async () => {
  await gateway?.close();
  await platform?.close();
  await droppingVnc?.close();
  await silentVnc?.close();
  // Every failure above was logged: none of those lines may carry a secret.
  const log = gateway?.logs.join('') ?? '';
  for (const secret of [VICTIM.privateKey, BYSTANDER.privateKey, 'res-vnc-pass', 'Signature=', 'console_session=']) {
    expect(log, `gateway log must not contain ${secret}`).not.toContain(secret);
  }
});

test.afterEach(() => platform.heal());

function alertWith(page: Page, text: RegExp) {
  return page.getByRole('alert').filter({ hasText: 'The request failed' }).filter({ hasText: text });
}

const LIST_FAILURES: { mode: Misbehaviour; title: string; message: RegExp }[] = [
  { mode: 'hang', title: 'hangs', message: /The platform did not answer within 1\.5 s\./ },
  { mode: 'reset', title: 'drops the connection', message: /The platform could not be reached \(ECONNRESET\)\./ },
  { mode: 'http-500', title: 'answers HTTP 500', message: /The platform answered with HTTP 500\./ },
  { mode: 'not-json', title: 'answers HTML instead of JSON', message: /The platform sent an answer that is not JSON\./ },
  { mode: 'no-retcode', title: 'answers JSON without the envelope', message: /The platform sent an answer without a RetCode\./ },
  { mode: 'bad-shape', title: 'answers an envelope with the wrong fields', message: /The platform sent an answer the console could not read\./ },
];

test.describe('VM list against a platform that misbehaves', () => {
  test('each failure reads clearly in the list, other users are served meanwhile, nothing retries in a storm', async ({ browser }) => {
    const other = await otherUser(gateway.url, BYSTANDER);
    const page = await newPage(browser, gateway.url);
    // The second user also in a browser, showing its list while the first user's list hangs.
    const bystander = await newPage(browser, gateway.url);
    const browserCalls = countCalls(page, 'DescribeVMInstance');
    await signInWithForm(page, VICTIM, '/vms');
    await signInWithForm(bystander, BYSTANDER, '/');
    await expect(page.getByRole('link', { name: 'res-web-1' })).toBeVisible();

    for (const { mode, title, message } of LIST_FAILURES) {
      await test.step(`the platform ${title}`, async () => {
        platform.misbehave(VICTIM, mode, ['DescribeVMInstance']);
        const before = platform.hits(VICTIM, 'DescribeVMInstance');
        const countsBefore = platform.hits(VICTIM, STATE_COUNT);
        const callsBefore = browserCalls();
        await page.goto('/vms');
        if (mode === 'hang') {
          await bystander.goto('/vms');
          await expect(bystander.getByRole('link', { name: 'res-web-1' })).toBeVisible();
        }
        // While the first user's list is failing (or hanging), the second one is served at once.
        await expectNormalList(other, REGION);
        await expect(alertWith(page, message)).toBeVisible();
        await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();

        const hits = platform.hits(VICTIM, 'DescribeVMInstance') - before;
        const countHits = platform.hits(VICTIM, STATE_COUNT) - countsBefore;
        const calls = browserCalls() - callsBefore;
        test.info().annotations.push({ type: 'upstream hits', description: `${mode}: ${hits} upstream, ${calls} from the browser` });
        expect(hits).toBeGreaterThanOrEqual(1);
        expect(hits).toBeLessThanOrEqual(MAX_HITS_PER_LIST_LOAD);
        expect(calls).toBeLessThanOrEqual(2);
        // The four state chips' counts: each read at most twice by the UI, each of those at most twice upstream.
        expect(countHits).toBeLessThanOrEqual(MAX_HITS_PER_LIST_LOAD * 4);
        await expectNormalList(other, REGION);
      });
    }

    // Once the platform behaves again, Retry brings the list.
    platform.heal();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('link', { name: 'res-web-1' })).toBeVisible();
    await page.context().close();
    await bystander.context().close();
    await other.dispose();
  });

  test('when the platform refuses connections, the list keeps its rows, says why and how old they are, and recovers by itself', async ({ browser }) => {
    const other = await otherUser(gateway.url, BYSTANDER);
    const page = await newPage(browser, gateway.url);
    await signInWithForm(page, VICTIM, '/vms');
    await expect(page.getByRole('link', { name: 'res-web-1' })).toBeVisible();
    const browserCalls = countCalls(page, 'DescribeVMInstance');

    await platform.refuse();
    try {
      await page.getByRole('button', { name: 'Refresh' }).click();
      const notice = page.getByRole('alert').filter({ hasText: /^Could not refresh\. Showing what was read at / });
      await expect(notice).toContainText(/The platform could not be reached \(ECONNREFUSED\)\./);
      await expect(notice).toContainText(/Trying again by itself in \d+ s\./);
      // The rows already shown stay, under the notice.
      await expect(page.getByRole('link', { name: 'res-web-1' })).toBeVisible();
      expect(browserCalls()).toBeLessThanOrEqual(2);
      // The gateway itself still answers: the other user's session is intact.
      const me = await other.get('/auth/me');
      expect(me.status()).toBe(200);
      const list = await other.post('/api', { data: { Action: 'DescribeVMInstance', Region: REGION } });
      expect(list.status()).toBe(502);
    } finally {
      await platform.accept();
    }
    await expectNormalList(other, REGION);
    // Nobody clicks Retry: the list's own back-off (5 s, then about double) reads again and the notice goes.
    await expect(page.getByRole('alert').filter({ hasText: /^Could not refresh/ })).toBeHidden({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'res-web-1' })).toBeVisible();
    await page.context().close();
    await other.dispose();
  });
});

async function stopFromList(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Stop' }).click();
  await page.getByRole('dialog', { name: `Stop ${name}?` }).getByRole('button', { name: 'Stop' }).click();
}

test('a failed mutation is never retried, by the gateway or the UI', async ({ browser }) => {
  const page = await newPage(browser, gateway.url);
  await signInWithForm(page, VICTIM, '/vms');
  await expect(page.getByRole('link', { name: 'res-web-1' })).toBeVisible();
  const browserCalls = countCalls(page, 'StopVMInstance');
  // A dropped connection is the one failure the gateway retries for reads: not for a mutation.
  for (const [mode, message] of [['reset', /could not be reached \(ECONNRESET\)/], ['http-500', /HTTP 500/]] as const) {
    platform.misbehave(VICTIM, mode, ['StopVMInstance']);
    const before = platform.hits(VICTIM, 'StopVMInstance');
    const callsBefore = browserCalls();
    await stopFromList(page, 'res-web-1');
    const dialog = page.getByRole('dialog', { name: 'Stop res-web-1?' });
    await expect(dialog.getByRole('alert')).toContainText(message);
    // The dialog shows the error only once the mutation has settled for good (the browser retries
    // before that, and the gateway answers after its own retries), so the counts are final now.
    expect(platform.hits(VICTIM, 'StopVMInstance') - before).toBe(1);
    expect(browserCalls() - callsBefore).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  await page.context().close();
});

test.describe('console against a VNC endpoint that misbehaves', () => {
  test('an endpoint that drops mid-session: the console says the VNC server closed the connection', async ({ browser }) => {
    const page = await newPage(browser, gateway.url);
    await signInWithForm(page, VICTIM, '/vms/vm-res-drop/console');
    const status = page.getByRole('status', { name: 'Console status' });
    await expect(status).toHaveText('Connected');
    await expect(page.getByText(/The VM’s VNC server closed the connection\. .*close code 4503/)).toBeVisible();
    await expect(status).not.toHaveText('Connected');
    // Reconnects back off (1 s, 2 s, ...): a handful of connections at most, never a storm.
    expect(droppingVnc.connections()).toBeLessThanOrEqual(3);
    await page.context().close();
  });

  test('an endpoint that never answers: the console says it did not answer in time', async ({ browser }) => {
    const other = await otherUser(gateway.url, BYSTANDER);
    const page = await newPage(browser, gateway.url);
    const before = silentVnc.connections();
    await signInWithForm(page, VICTIM, '/vms/vm-res-silent/console');
    await expectNormalList(other, REGION);
    await expect(page.getByText(/The VM’s VNC server did not answer in time\. .*close code 4504/)).toBeVisible();
    expect(silentVnc.connections() - before).toBeLessThanOrEqual(2);
    await page.context().close();
    await other.dispose();
  });
});

test('a double-clicked Create makes exactly one VM', async ({ page }) => {
  await signInAs(page, 'tenant');
  const name = `res-dbl-${Date.now() % 1_000_000}`;
  await fillWizardToReview(page, name, 'Resilience-Pass123');
  const creates = countCalls(page, 'CreateVMInstance');
  await page.getByRole('button', { name: 'Create VM' }).dblclick();
  await expect(page).toHaveURL(/\/vms\/vm-[^/?]+$/);
  // The second click came before the first create's answer, which the new URL follows: a second
  // create, had the button let it through, was already sent.
  expect(creates()).toBe(1);
  const found = await api<{ TotalCount: number; Infos: { Name: string }[] }>(page, { Action: 'DescribeVMInstance', Region: 'cn-bj2', Keyword: name });
  expect(found.TotalCount).toBe(1);
  expect(found.Infos.map((vm) => vm.Name)).toEqual([name]);
});

test('a platform fault at sign-in says the keys could not be checked, not that they are wrong', async ({ browser }) => {
  const page = await newPage(browser, gateway.url);
  platform.misbehave(VICTIM, 'http-500', ['DescribeUser']);
  await page.goto('/sign-in');
  await page.getByLabel('Public key').fill(VICTIM.publicKey);
  await page.getByLabel('Private key').fill(VICTIM.privateKey);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The platform could not check the keys (HTTP 500). This did not count as a failed sign-in; try again in a moment.');
  await expect(page.getByText('The key pair was not accepted.')).toHaveCount(0);
  platform.heal();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await page.context().close();
});
