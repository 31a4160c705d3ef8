import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { readConfig } from './config';
import { startStack } from './stack';

/** Where the hook tests' console answers: its jsdom pages live at this origin (vitest.config.ts). */
export const HOOK_TEST_PORT = Number(process.env.HOOK_TEST_PORT ?? 8490);

declare module 'vitest' {
  export interface ProvidedContext {
    /** `console_session=...` of the demo tenant, signed in once for the whole run. */
    tenantCookie: string;
  }
}

/**
 * Global setup of the hook tests (vitest.config.ts): the real console, as `npm start` runs it (gateway +
 * embedded simulator in its own process), on a fresh data directory, with the demo tenant signed in.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = `.tmp/hook-tests-${HOOK_TEST_PORT}`;
  rmSync(dataDir, { recursive: true, force: true });
  const config = readConfig({
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(HOOK_TEST_PORT),
    SIM_PORT: String(HOOK_TEST_PORT + 1),
    DATA_DIR: dataDir,
    SIM_TRANSITION_MS: '300',
    LOG_LEVEL: 'silent',
  });
  const stack = await startStack(config, { distDir: null });
  const res = await fetch(`${stack.url}/auth/demo-login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'console', Origin: stack.url },
    body: JSON.stringify({ Account: 'tenant' }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('console_session='));
  if (!res.ok || !cookie) throw new Error(`demo sign-in failed: HTTP ${res.status}`);
  project.provide('tenantCookie', cookie.split(';')[0]);
  return () => stack.close();
}
