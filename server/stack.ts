import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { AppConfig } from './config';
import { buildGateway } from './gateway/app';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS } from './gateway/gateway-config';
import { loadSessionSecret } from './gateway/session-secret';
import { startEmbeddedSimulator } from './embedded-simulator';
import { DEMO_ACCOUNTS } from './simulator/demo-accounts';

export interface RunningStack {
  gateway: FastifyInstance;
  /** Where the console answers, e.g. http://127.0.0.1:8080. */
  url: string;
  /** The platform the gateway talks to. */
  upstreamUrl: string;
  log: FastifyBaseLogger;
  close(): Promise<void>;
}

function httpUrl(host: string, port: number): string {
  // A wildcard address is where the server listens, not where a browser can reach it.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/**
 * What `npm start` and `npm run dev` run: the embedded simulator in its own child process unless an
 * upstream URL is configured, then the gateway in front of it. `distDir: null` leaves the app to Vite.
 */
export async function startStack(config: AppConfig, opts: { distDir: string | null }): Promise<RunningStack> {
  const env = config.gateway;
  mkdirSync(env.DATA_DIR, { recursive: true });
  const embedded = config.simulator ? await startEmbeddedSimulator(config.simulator, httpUrl) : null;
  const upstreamUrl = embedded?.url ?? (env.UCLOUDSTACK_API_URL as string);
  const gateway = await buildGateway({
    redisUrl: config.replica.REDIS_URL,
    redisKeyPrefix: config.replica.REDIS_KEY_PREFIX,
    consolesPerKey: config.replica.CONSOLES_PER_KEY,
    consoleSlotTtlMs: config.replica.CONSOLE_SLOT_TTL_SECONDS * 1000,
    activityCap: config.replica.ACTIVITY_LOG_CAP,
    upstreamUrl,
    upstreamKind: embedded ? 'simulator' : 'external',
    demoAccounts: embedded ? DEMO_ACCOUNTS : [],
    sessionSecret: loadSessionSecret(env.DATA_DIR, env.SESSION_SECRET),
    databasePath: join(env.DATA_DIR, 'gateway.db'),
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    trustProxy: env.TRUST_PROXY,
    allowVncClientDetails: env.ALLOW_VNC_CLIENT_DETAILS,
    currency: env.CURRENCY,
    logLevel: env.LOG_LEVEL,
    distDir: opts.distDir,
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
  }).catch(async (err: unknown) => {
    await embedded?.close();
    throw err;
  });
  await gateway.listen({ host: env.HOST, port: env.PORT }).catch(async (err: unknown) => {
    await gateway.close();
    await embedded?.close();
    throw err;
  });
  const { port } = gateway.server.address() as AddressInfo;
  return {
    gateway,
    url: httpUrl(env.HOST, port),
    upstreamUrl,
    log: gateway.log,
    close: async () => {
      await gateway.close();
      await embedded?.close();
    },
  };
}
