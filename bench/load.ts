import { closeAll, PER_SESSION } from './console-many';
import { demoLogin, type GatewaySession } from './gateway-client';
import { runConsole } from './load-console';
import { Tally } from './load-tally';
import { createVms, runUser, waitAllRunning, type LoadUser } from './load-user';
import { openBridgeRfb, type OpenRfb } from './rfb-clients';
import { startStackProcess } from './stack-process';
import { sleep } from './stats';

/**
 * `npm run bench:load`: 50 users (demo tenant and other tenant alternately) listing and starting /
 * stopping their own VMs, plus 20 consoles streaming, for LOAD_SECONDS (60) against one gateway on
 * loopback. Fails (exit 1) on any error or when the stack's heap after the run, after a GC, is more than
 * the tolerance above the heap before it.
 */
const USERS = 50;
const VMS_PER_USER = 2;
const CONSOLES = 20;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const MiB = 2 ** 20;
const tolerance = (before: number) => Math.max(5 * MiB, before * 0.1);

async function setUp(url: string): Promise<{ users: LoadUser[]; consoleSessions: GatewaySession[]; consoleVms: string[] }> {
  const users = await Promise.all(
    Array.from({ length: USERS }, async (_, index) => {
      const session = await demoLogin(url, index % 2 === 0 ? 'tenant' : 'other');
      const names = Array.from({ length: VMS_PER_USER }, (__, j) => `load-u${index}-${j}`);
      return { index, session, vmIds: await createVms(session, names) };
    }),
  );
  // The consoles get VMs of their own: a user stopping a VM would close its console.
  const consoleSessions = await Promise.all(Array.from({ length: CONSOLES / PER_SESSION }, () => demoLogin(url, 'tenant')));
  const consoleVms = await createVms(consoleSessions[0], Array.from({ length: CONSOLES }, (_, k) => `load-console-${k}`));
  await Promise.all(users.map((u) => waitAllRunning(u.session, u.vmIds, 30_000)));
  await waitAllRunning(consoleSessions[0], consoleVms, 30_000);
  return { users, consoleSessions, consoleVms };
}

async function main(): Promise<void> {
  const stack = await startStackProcess({ name: 'load', transitionMs: 500 });
  let failed = true;
  try {
    const setupStart = performance.now();
    const { users, consoleSessions, consoleVms } = await setUp(stack.url);
    // A short warm-up of every path, so the heap before already holds what the first calls allocate once.
    const warm = new Tally();
    const warmConsole = await openBridgeRfb(consoleSessions[0], consoleVms[0]);
    await Promise.all([runConsole(warmConsole, Date.now() + 2000, warm), ...users.map((u) => runUser(u, Date.now() + 2000, warm))]);
    await closeAll([warmConsole]);
    if (warm.errors) throw new Error(`errors while warming up: ${warm.firstErrors.join('; ')}`);
    await sleep(1000);
    const before = await stack.memory();
    console.log(`Set up ${USERS} users with ${USERS * VMS_PER_USER} VMs and ${CONSOLES} console VMs in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

    const tally = new Tally();
    const consoles: OpenRfb[] = await Promise.all(consoleVms.map((vmId, k) => openBridgeRfb(consoleSessions[Math.floor(k / PER_SESSION)], vmId)));
    const start = performance.now();
    const endAt = Date.now() + SECONDS * 1000;
    await Promise.all([...users.map((u) => runUser(u, endAt, tally)), ...consoles.map((c) => runConsole(c, endAt, tally))]);
    const elapsed = (performance.now() - start) / 1000;
    const dropped = consoles.filter((c) => c.client.isClosed).length;
    for (let i = 0; i < dropped; i++) tally.error('console closed by the gateway', 'closed during the run');
    await closeAll(consoles);
    await sleep(2000);
    const after = await stack.memory();

    const growth = after.heapUsed - before.heapUsed;
    const grew = growth > tolerance(before.heapUsed);
    const mib = (n: number) => `${(n / MiB).toFixed(1)} MiB`;
    console.log(`\nLoad: ${USERS} users + ${CONSOLES} consoles for ${elapsed.toFixed(1)} s against ${stack.url}`);
    console.log(tally.lines().join('\n'));
    console.log(`  operations ${tally.requests} (${(tally.requests / elapsed).toFixed(0)}/s), console bytes ${mib(tally.bytes)}, errors ${tally.errors}`);
    if (tally.firstErrors.length) console.log(`  first errors:\n    ${tally.firstErrors.join('\n    ')}`);
    console.log(`  heapUsed after GC: before ${mib(before.heapUsed)}, after ${mib(after.heapUsed)}, growth ${mib(growth)} (tolerance ${mib(tolerance(before.heapUsed))})`);
    console.log(`  RSS: before ${mib(before.rss)}, after ${mib(after.rss)}`);
    failed = tally.errors > 0 || grew;
    console.log(failed ? `\nFAILED: ${tally.errors} errors${grew ? ', heap grew beyond the tolerance' : ''}` : '\nPASSED: zero errors, no heap growth');
  } finally {
    await stack.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
