import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../../server/gateway/app';
import type { GatewayConfig } from '../../server/gateway/gateway-config';

/** Short deadlines so a hanging platform costs the spec seconds, not the default 30 s. */
const TOTAL_TIMEOUT_MS = 1_500;
const CONNECT_TIMEOUT_MS = 1_000;

export interface ResilienceGateway {
  app: FastifyInstance;
  url: string;
  /** Every log line the gateway wrote, to check that no secret reached one. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * A real gateway in this process, in front of an "external" upstream (so no demo accounts), serving
 * the built app the run made (DIST_DIR) on a free loopback port.
 */
export async function startResilienceGateway(upstreamUrl: string): Promise<ResilienceGateway> {
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built app in ${distDir}: run vite build first.`);
  const config: GatewayConfig = {
    upstreamUrl,
    upstreamKind: 'external',
    demoAccounts: [],
    sessionSecret: 'resilience-spec-session-secret-0123456789',
    databasePath: ':memory:',
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 3_600_000,
    trustProxy: false,
    logLevel: 'info',
    distDir,
    connectTimeoutMs: CONNECT_TIMEOUT_MS,
    totalTimeoutMs: TOTAL_TIMEOUT_MS,
  };
  const logs: string[] = [];
  const app = await buildGateway(config, { logStream: { write: (line: string) => void logs.push(line) } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, logs, close: () => app.close() };
}
