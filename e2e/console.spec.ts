import { expect, test, type Page } from '@playwright/test';
import { api, signInAs } from './sign-in';
import { startOptInGateway } from './vnc-client/opt-in-gateway';

// The in-browser console against the simulator's real RFB server, through the gateway's bridge:
// the picture is read back from the canvas, and every byte the browser receives is checked for VNC secrets.

const REGION = 'cn-bj2';
const unique = () => `${Date.now() % 1_000_000}`;

async function vmState(page: Page, vmId: string): Promise<string | undefined> {
  const res = await api<{ Infos: { State: string }[] }>(page, { Action: 'DescribeVMInstance', Region: REGION, VMIDs: [vmId] });
  return res.Infos[0]?.State;
}

async function createRunningVm(page: Page, name: string): Promise<string> {
  const subnets = await api<{ Infos: { VPCID: string; SubnetID: string }[] }>(page, { Action: 'DescribeSubnet', Region: REGION, Limit: 1 });
  const created = await api<{ VMID: string }>(page, {
    Action: 'CreateVMInstance', Region: REGION, Name: name, Password: 'Console-e2e-2024', ChargeType: 'Dynamic',
    VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB',
    VPCID: subnets.Infos[0].VPCID, SubnetID: subnets.Infos[0].SubnetID,
  });
  expect(created.RetCode, created.Message).toBe(0);
  await expect.poll(() => vmState(page, created.VMID)).toBe('Running');
  return created.VMID;
}

/** A digest of the console's canvas: how many pixels are lit (text) and a hash of all of them. */
async function canvasDigest(page: Page): Promise<{ width: number; lit: number; hash: number }> {
  return page.getByRole('region', { name: 'VM screen' }).locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0) return { width: 0, lit: 0, hash: 0 };
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let lit = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] + data[i + 1] + data[i + 2] > 300) lit++;
      hash = (Math.imul(hash, 31) + data[i] + (data[i + 1] << 8) + (data[i + 2] << 16)) | 0;
    }
    return { width: canvas.width, lit, hash };
  });
}

function expectConnected(page: Page) {
  return expect(page.getByRole('status', { name: 'Console status' })).toHaveText('Connected');
}

/** Waits until the canvas differs from `before` (the guest drew something) and returns the new digest. */
async function expectCanvasChange(page: Page, before: { hash: number }) {
  await expect.poll(async () => (await canvasDigest(page)).hash).not.toBe(before.hash);
  return canvasDigest(page);
}

test('the console connects, draws the login prompt, echoes typing, sends text and Ctrl+Alt+Del, and never sees a VNC password', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `con-${unique()}`);

  const received: Buffer[] = [];
  const sent: Buffer[] = [];
  const bodies: { url: string; body: string }[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) => received.push(Buffer.from(f.payload)));
    ws.on('framesent', (f) => sent.push(Buffer.from(f.payload)));
  });
  page.on('response', async (res) => {
    // Data answers only: the app's own code names the field VNCPassword in its schemas.
    if (!/json/.test(res.headers()['content-type'] ?? '')) return;
    bodies.push({ url: res.url(), body: await res.text().catch(() => '') });
  });

  await page.goto(`/vms/${vmId}/console`);
  await expectConnected(page);
  // The boot log and login prompt: a good share of the screen lit with text.
  await expect.poll(async () => (await canvasDigest(page)).lit).toBeGreaterThan(2000);
  const prompt = await canvasDigest(page);

  await page.getByRole('region', { name: 'VM screen' }).locator('canvas').click();
  await page.keyboard.type('hello');
  const echoed = await expectCanvasChange(page, prompt);
  expect(echoed.lit).toBeGreaterThan(prompt.lit);

  const toolbar = page.getByRole('toolbar', { name: 'Console toolbar' });
  await toolbar.getByRole('button', { name: 'Send text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send text as keystrokes' });
  await dialog.getByLabel('Text to type').fill('world');
  await dialog.getByRole('button', { name: 'Type it' }).click();
  await expect(page.getByText('Typed 5 characters')).toBeVisible();
  await expect(dialog).toBeHidden();
  const typed = await canvasDigest(page);
  expect(typed.lit).toBeGreaterThan(echoed.lit);

  await toolbar.getByRole('button', { name: 'Send Ctrl+Alt+Del' }).click();
  await expectCanvasChange(page, typed);
  await expectConnected(page);

  // The ticket answer holds the ticket and the socket path, nothing else.
  const tickets = bodies.filter((b) => new URL(b.url).pathname === '/console/tickets');
  expect(tickets.length).toBeGreaterThan(0);
  for (const ticket of tickets) expect(Object.keys(JSON.parse(ticket.body) as object).sort()).toEqual(['Ticket', 'URL']);
  expect(bodies.length).toBeGreaterThan(3);
  expect(bodies.filter(({ body }) => body.includes('VNCPassword') || /"Password"\s*:/.test(body)).map((b) => b.url)).toEqual([]);
  // The browser's RFB handshake offered exactly one security type, None (1): no VNC challenge ever reached it.
  const fromServer = Buffer.concat(received);
  expect(fromServer.subarray(0, 12).toString()).toBe('RFB 003.008\n');
  expect([...fromServer.subarray(12, 14)]).toEqual([1, 1]);
  expect([...received, ...sent].filter((frame) => frame.includes('VNCPassword')).length).toBe(0);
});

test('a stopped VM shows the Start button, and starting it opens the console', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `con-stop-${unique()}`);
  const stopped = await api(page, { Action: 'StopVMInstance', Region: REGION, VMID: vmId });
  expect(stopped.RetCode, stopped.Message).toBe(0);
  await expect.poll(() => vmState(page, vmId)).toBe('Stopped');

  await page.goto(`/vms/${vmId}/console`);
  await expect(page.getByText('The VM is not running')).toBeVisible();
  await expect(page.getByText('State: Stopped')).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).first().click();
  await expectConnected(page);
  await expect.poll(async () => (await canvasDigest(page)).lit).toBeGreaterThan(2000);
});

test('restarting from the toolbar asks first, then the console comes back by itself', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `con-restart-${unique()}`);
  await page.goto(`/vms/${vmId}/console`);
  await expectConnected(page);

  await page.getByRole('toolbar', { name: 'Console toolbar' }).getByRole('button', { name: 'Restart' }).click();
  const confirm = page.getByRole('dialog', { name: /^Restart con-restart-/ });
  await confirm.getByRole('button', { name: 'Restart' }).click();
  await expect(page.getByRole('status', { name: 'Console status' })).not.toHaveText('Connected');
  await expectConnected(page);
  await expect.poll(async () => (await canvasDigest(page)).lit).toBeGreaterThan(2000);
});

test('by default the browser gets no VNC password: no "Connect with a VNC client", and /api does not forward GetVMVNCInfo', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `con-novnc-${unique()}`);
  await page.goto(`/vms/${vmId}/console`);
  await expectConnected(page);
  await expect(page.getByRole('button', { name: 'Connect with a VNC client' })).toHaveCount(0);
  const res = await page.request.post('/api', { data: { Action: 'GetVMVNCInfo', Region: REGION, VMID: vmId }, headers: { 'X-Requested-By': 'console' } });
  expect(res.status()).toBe(403);
  expect(await res.text()).not.toMatch(/VNCPassword/);
  const details = await page.request.post('/api/vnc-client', { data: { Region: REGION, VMID: vmId }, headers: { 'X-Requested-By': 'console' } });
  expect(details.status()).toBe(404);
});

test('with ALLOW_VNC_CLIENT_DETAILS, "Connect with a VNC client" shows the address and a masked password only when asked, under a warning, with its validity counting down', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `con-vnc-${unique()}`);
  const optIn = await startOptInGateway();
  try {
    const signIn = await page.request.post(`${optIn.url}/auth/demo-login`, { data: { Account: 'tenant' }, headers: { 'X-Requested-By': 'console' } });
    expect(signIn.status()).toBe(200);
    const vncAnswers: string[] = [];
    page.on('response', async (res) => {
      if (new URL(res.url()).pathname === '/api/vnc-client' && res.request().method() === 'POST') vncAnswers.push(await res.text());
    });
    await page.goto(`${optIn.url}/vms/${vmId}/console`);
    await expectConnected(page);
    await page.getByRole('button', { name: 'Connect with a VNC client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect with a VNC client' });
    await expect(dialog.getByText(/connect to this VM's screen directly/)).toBeVisible();
    await expect(dialog.getByText(/^127\.0\.0\.1:\d+$/)).toHaveCount(0);
    expect(vncAnswers).toEqual([]);

    await dialog.getByRole('button', { name: 'Show connection details' }).click();
    await expect(dialog.getByText(/^127\.0\.0\.1:\d+$/)).toBeVisible();
    await expect(dialog.getByText('••••••••')).toBeVisible();
    await expect(dialog.getByRole('timer')).toHaveText(/^Valid for (300|29\d) s$/);
    const password = (JSON.parse(vncAnswers[0]) as { VNCPassword: string }).VNCPassword;
    await expect(dialog.getByText(password)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Show password' }).click();
    await expect(dialog.getByText(password, { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText(password, { exact: true })).toHaveCount(0);
  } finally {
    await optIn.close();
  }
});

test('the console is a tab of the VM detail page, loads noVNC only when opened, and links to its own window', async ({ page }) => {
  await signInAs(page, 'tenant');
  const vmId = await createRunningVm(page, `con-tab-${unique()}`);
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  await page.goto(`/vms/${vmId}`);
  await expect(page.getByRole('tab', { name: 'Console' })).toBeVisible();
  // The chunk that holds noVNC's RFB client: not fetched until a console opens.
  const novnc = () => scripts.filter((s) => /\/rfb-[\w-]+\.js$/.test(s));
  expect(novnc()).toEqual([]);

  await page.getByRole('tab', { name: 'Console' }).click();
  await expectConnected(page);
  expect(novnc()).toHaveLength(1);
  await expect(page.getByRole('link', { name: 'Open in new window' })).toHaveAttribute('href', `/vms/${vmId}/console`);
});
