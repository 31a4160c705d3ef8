/** The Chromium the tests drive: CHROME_PATH, else Debian's. Playwright never downloads its own. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network, as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
