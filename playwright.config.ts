import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path';

// One gateway + embedded simulator per run, on its own ports and a fresh data directory.
const port = Number(process.env.E2E_PORT ?? 8180);
const simPort = Number(process.env.E2E_SIM_PORT ?? port + 1000);
const dataDir = `.tmp/e2e-${port}`;
export const e2eLog = `${dataDir}.log`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    // Users who ask for reduced motion get no animations (the app honours it): nothing is scanned or
    // clicked mid-fade. e2e/a11y.spec.ts checks that the app really turns its motion off.
    reducedMotion: 'reduce',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `rm -rf ${dataDir} && mkdir -p ${dataDir} && exec npx tsx server/main.ts > ${e2eLog} 2>&1`,
    url: `http://127.0.0.1:${port}/auth/config`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SIM_PORT: String(simPort),
      DATA_DIR: dataDir,
      SIM_TRANSITION_MS: '1500',
      LOG_LEVEL: 'info',
      E2E_LOG: e2eLog,
      // Helpers working in parallel build into their own folders (see DIST_DIR in the README).
      DIST_DIR: process.env.DIST_DIR ?? 'dist',
    },
  },
});
