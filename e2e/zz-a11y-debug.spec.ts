import { expect, test } from '@playwright/test';
import { api, signInAs } from './sign-in';
test('debug', async ({ page }) => {
  await signInAs(page, 'tenant');
  const name = `dbg-${Date.now() % 100000}`;
  const res = await api<{ VMID: string }>(page, { Action: 'CreateVMInstance', Region: 'cn-bj2', Name: name, Password: 'Passw0rd!', ChargeType: 'Dynamic',
    VMType: 'ComputeSetBBBB', ImageID: 'cn-image-centos-74', CPU: 1, Memory: 2048, BootDiskSetType: 'StorageSetBBBB', VPCID: 'vpc-demobj2', SubnetID: 'subnet-demobj21' });
  await page.waitForTimeout(2500);
  await page.goto(`/vms?q=${name}`);
  const b = page.getByRole('button', { name: `Actions for ${name}` });
  await b.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  const act = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('role')} ${document.activeElement?.textContent?.slice(0, 40)}`);
  console.log('after enter', await act());
  for (let i = 0; i < 4; i++) { await page.keyboard.press('ArrowDown'); await page.waitForTimeout(200); console.log('down', await act()); }
  page.on('console', (m) => console.log('console', m.text()));
  await page.evaluate(() => document.addEventListener('keydown', (e) => console.log('keydown', e.key, (e.target as Element).outerHTML.slice(0, 120)), true));
  await page.evaluate(() => new MutationObserver((ms) => ms.forEach((m) => m.addedNodes.forEach((n) => n instanceof Element && console.log('added', n.outerHTML.slice(0, 150))))).observe(document.body, { childList: true, subtree: false }));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  console.log('after enter2', await act(), await page.getByRole('dialog').count(), res.VMID);
  expect(1).toBe(1);
});
