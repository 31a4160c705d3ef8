import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path';

// The e2e suite drives Debian's Chromium. Install it when it is missing and we may (root + apt),
// otherwise say exactly what to do.
if (existsSync(chromiumPath)) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (process.env.CHROME_PATH || !canApt) {
  console.error(
    `Chromium not found at ${chromiumPath}. Install Debian's package (sudo apt-get install -y chromium) ` +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (!existsSync(chromiumPath)) {
  console.error(`apt-get finished but ${chromiumPath} is still missing.`);
  process.exit(1);
}
