import { readFileSync } from 'node:fs';

// Secrets must never reach a log line: search the gateway's whole log of this run for the demo
// private keys and for anything that looks like a session cookie value or a signature.
export default function globalTeardown() {
  const path = process.env.E2E_LOG ?? `.tmp/e2e-${process.env.E2E_PORT ?? 8180}.log`;
  let log = '';
  try {
    log = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const forbidden = ['demo-admin-private-key', 'demo-tenant-private-key', 'other-tenant-private-key', 'console_session=', 'Signature='];
  const found = forbidden.filter((s) => log.includes(s));
  if (found.length) throw new Error(`Secrets found in the gateway log ${path}: ${found.join(', ')}`);
  console.log(`Gateway log checked for secrets: ${log.length} bytes, none found.`);
}
