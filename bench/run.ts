import { failedRow, isOverBudget, type BenchRow } from './bench-row';
import { bundleSection } from './bundle-section';
import { clusterSection } from './cluster-section';
import { consoleSection } from './console-section';
import { gatewaySection } from './gateway-section';
import { describeMachine, machineLine } from './machine';
import { pageSection } from './page-section';
import { textTable, writeResults } from './report';
import { simulatorSection } from './simulator-section';
import { ROOT } from './stack-process';

/**
 * `npm run bench [-- section ...]`: every section by default, in this order; each also runs on its own
 * (page builds the app itself when the bundle section has not). Results go to bench/results.json and
 * bench/results.md: a full run rewrites them, a partial one replaces only its sections' rows.
 */
const SECTIONS: Record<string, () => Promise<BenchRow[]>> = {
  bundle: bundleSection,
  page: pageSection,
  simulator: simulatorSection,
  gateway: gatewaySection,
  console: consoleSection,
  cluster: clusterSection,
};

const NOTES = [
  '"lazy X: what it adds" is the gzip size of a lazily loaded chunk plus its static imports that are not already loaded by the ' +
    'entry (and, for a page, by its layout): what navigating there downloads. The budget applies to that figure.',
  'websockify is measured only when Debian\'s websockify is installed; the benchmark never installs it.',
  'Page, Gateway and Console run the console (gateway + embedded simulator, server/stack.ts) in a child process on loopback ports, ' +
    'with LOG_LEVEL=warn; the load generator (autocannon, the RFB clients, Chromium) runs outside it.',
  'Simulator figures are taken in process with app.inject, so they hold the query and the handler but no socket; one tenant ' +
    'holds all the VMs (the worst case for its lists), one a second apart in creation time. BENCH_SIM_VMS picks the sizes.',
  'Console memory is the stack process\'s heapUsed / RSS after a GC with 50 idle consoles open, minus before, divided by 50; ' +
    'the simulator\'s RFB server side of each console lives in the same process.',
  'The machine is shared: see the load average above before comparing runs.',
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in SECTIONS));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}`);
  const machine = describeMachine();
  console.log(`Machine: ${machineLine(machine)}`);
  const rows: BenchRow[] = [];
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const start = performance.now();
    process.stdout.write(`${name}... `);
    try {
      rows.push(...(await section()));
    } catch (err) {
      rows.push(failedRow(name, err));
    }
    console.log(`${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  console.log(`\n${textTable(rows)}\n`);
  const over = rows.filter(isOverBudget);
  if (over.length) console.log(`Over budget: ${over.map((r) => r.metric).join('; ')}`);
  writeResults(`${ROOT}bench/results`, machine, rows, NOTES, wanted.length ? wanted : undefined);
  console.log(`Wrote bench/results.json and bench/results.md${wanted.length ? ` (${wanted.join(', ')} only)` : ''}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
