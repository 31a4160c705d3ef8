import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { createLogger } from '../logger';
import type { ConsoleLimits } from './console/console-limits';
import { deriveKey } from './derive-key';
import type { GatewayConfig } from './gateway-config';
import { corePlugins } from './plugins/core-plugins';
import { trustedProxies } from './plugins/trusted-proxies';
import { refuseLongUrl } from './plugins/long-url';
import { requestLog } from './plugins/request-log';
import { securityHeaders } from './plugins/security-headers';
import { staticSpa } from './plugins/static-spa';
import { DEFAULT_ACTIVITY_CAP } from './activity/record-activity';
import { activityRoute } from './routes/activity/activity-route';
import { apiRoute } from './routes/api/api-route';
import { authRoutes } from './routes/auth/auth-routes';
import { consoleRoutes } from './routes/console/console-routes';
import { healthRoutes } from './routes/health/health-routes';
import { Sessions } from './session/sessions';
import { createStateStore } from './state/create-state-store';
import type { StateStore } from './state/state-store';
import { createUpstream } from './upstream/upstream';

export interface GatewayOptions {
  /** Where log lines go (tests capture them); stdout otherwise. */
  logStream?: DestinationStream;
  /** The clock for sessions and the embedded store's windows, so tests can move time instead of waiting. */
  now?: () => number;
  /** A store the caller owns and closes (tests share one between two gateways); otherwise built from the config. */
  store?: StateStore;
  consoleLimits?: Partial<ConsoleLimits>;
}

/**
 * Builds the gateway without listening (main.ts listens; tests use app.inject()). The state is built here
 * and handed to the route plugins as their options; the plugins declare what they need.
 */
export async function buildGateway(config: GatewayConfig, opts: GatewayOptions = {}): Promise<FastifyInstance> {
  const now = opts.now ?? Date.now;
  const logger: FastifyBaseLogger = createLogger(config.logLevel, opts.logStream);
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: trustedProxies(config.trustProxy),
    bodyLimit: 256 * 1024,
    // plugins/request-log.ts writes one line per request instead of Fastify's two.
    disableRequestLogging: true,
    // A client that trickles its headers is cut after 12 s (Node's default let one hang on for ~87 s).
    http: { headersTimeout: 12_000, connectionsCheckingInterval: 2_000 },
  });
  let draining = false;
  // First preClose hook: /readyz turns 503 before anything else stops.
  app.addHook('preClose', async () => void (draining = true));
  const store = opts.store ?? (await ownStore(config, now, app.log));
  if (!opts.store) app.addHook('onClose', async () => store.close());
  const sessions = new Sessions({
    secret: config.sessionSecret,
    store,
    idleMs: config.sessionIdleMs,
    absoluteMs: config.sessionAbsoluteMs,
    now,
  });
  const upstream = createUpstream({
    url: config.upstreamUrl,
    connectTimeoutMs: config.connectTimeoutMs,
    totalTimeoutMs: config.totalTimeoutMs,
    log: app.log,
  });
  app.addHook('onRequest', refuseLongUrl);
  app.addHook('onSend', securityHeaders);
  app.addHook('onSend', async (request, reply, payload) => {
    // Answers about a session or the platform are never cached by the browser or a proxy.
    if (/^\/(api|auth)(\/|\?|$)/.test(request.url)) reply.header('Cache-Control', 'no-store');
    return payload;
  });
  await app.register(requestLog);
  // Answers over 1 KB (a page of VMs, the lookups) go compressed; brotli at a level cheap enough per request.
  // The app's files are compressed once at build time instead (static-spa.ts serves those twins).
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(corePlugins, { sessions });
  await app.register(healthRoutes, { store, draining: () => draining });
  await app.register(authRoutes, { config, sessions, upstream, store });
  const activity = { store, cap: config.activityCap ?? DEFAULT_ACTIVITY_CAP };
  await app.register(apiRoute, { upstream, store, allowVncClientDetails: config.allowVncClientDetails ?? false, activity });
  await app.register(activityRoute, { store, upstream });
  await app.register(consoleRoutes, {
    upstream,
    store,
    activity,
    onSessionEnd: (listener) => sessions.onSessionEnd(listener),
    isRevoked: (sessionId) => sessions.isRevoked(sessionId),
    secret: deriveKey(config.sessionSecret, 'console-ticket'),
    limits: { ...consoleLimitsOf(config), ...opts.consoleLimits },
  });
  await staticSpa(app, config.distDir);
  return app;
}

function ownStore(config: GatewayConfig, now: () => number, log: FastifyBaseLogger): Promise<StateStore> {
  return createStateStore({
    redisUrl: config.redisUrl,
    keyPrefix: config.redisKeyPrefix,
    databasePath: config.databasePath,
    now,
    log: { info: (message) => log.info(message), warn: (message) => log.warn(message) },
  });
}

function consoleLimitsOf(config: GatewayConfig): Partial<ConsoleLimits> {
  const ttl = config.consoleSlotTtlMs;
  return {
    ...(config.consolesPerKey ? { perKey: config.consolesPerKey } : {}),
    ...(ttl ? { slotTtlMs: ttl, heartbeatMs: Math.floor(ttl / 3) } : {}),
  };
}
