import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../../server/gateway/app';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS } from '../../server/gateway/gateway-config';
import { DEMO_ACCOUNTS } from '../../server/simulator/demo-accounts';

export interface OptInGateway {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/**
 * A second gateway whose operator opted in to ALLOW_VNC_CLIENT_DETAILS, in front of the run's own embedded
 * simulator (playwright.config.ts puts it on E2E_SIM_PORT, default E2E_PORT + 1000), serving the built app.
 */
export async function startOptInGateway(): Promise<OptInGateway> {
  const port = Number(process.env.E2E_PORT ?? 8180);
  const simPort = Number(process.env.E2E_SIM_PORT ?? port + 1000);
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built app in ${distDir}: run vite build first.`);
  const app = await buildGateway({
    upstreamUrl: `http://127.0.0.1:${simPort}/api`,
    upstreamKind: 'simulator',
    demoAccounts: DEMO_ACCOUNTS,
    sessionSecret: 'vnc-client-opt-in-session-secret-0123456789',
    databasePath: ':memory:',
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 3_600_000,
    trustProxy: false,
    logLevel: 'silent',
    distDir,
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
    allowVncClientDetails: true,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port: own } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${own}`, close: () => app.close() };
}
