import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The services the state-store and cluster tests run for real, and the Debian package that brings each. */
const SERVICES = {
  redis: { binary: 'redis-server', pkg: 'redis-server' },
  haproxy: { binary: 'haproxy', pkg: 'haproxy' },
} as const;
export type ServiceName = keyof typeof SERVICES;

function find(binary: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin'];
  for (const dir of dirs) {
    const path = join(dir, binary);
    if (dir && existsSync(path)) return path;
  }
  return null;
}

/**
 * The service's binary, installed from Debian when it is missing and we may (root + apt), as
 * ensure-chromium does. Otherwise it throws with what to run: a test never skips silently for lack of it.
 * Installs are serialised with flock, since parallel test files may ask at the same moment.
 */
export function ensureService(name: ServiceName): string {
  const { binary, pkg } = SERVICES[name];
  const found = find(binary);
  if (found) return found;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/flock');
  if (!canApt) {
    throw new Error(`${binary} not found. Install Debian's package: sudo apt-get install -y ${pkg}`);
  }
  console.log(`Installing Debian ${pkg} for the tests…`);
  const script = `command -v ${binary} >/dev/null || { apt-get update -qq && apt-get install -y -qq ${pkg}; }`;
  execFileSync('flock', ['/tmp/ucloudstack-console-apt.lock', 'sh', '-c', script], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', PATH: `${process.env.PATH ?? ''}:/usr/sbin` },
  });
  const installed = find(binary);
  if (!installed) throw new Error(`apt-get finished but ${binary} is still missing.`);
  return installed;
}

// `tsx scripts/ensure-services.ts redis haproxy`: install what is missing before a test run.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const names = process.argv.slice(2);
  try {
    for (const name of names) {
      if (!(name in SERVICES)) throw new Error(`Unknown service ${name}; known: ${Object.keys(SERVICES).join(', ')}`);
      ensureService(name as ServiceName);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
