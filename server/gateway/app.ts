import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { createLogger } from '../logger';
import { deriveKey } from './derive-key';
import type { GatewayConfig } from './gateway-config';
import { corePlugins } from './plugins/core-plugins';
import { securityHeaders } from './plugins/security-headers';
import { staticSpa } from './plugins/static-spa';
import { apiRoute } from './routes/api/api-route';
import { authRoutes } from './routes/auth/auth-routes';
import { consoleRoutes } from './routes/console/console-routes';
import { Sessions } from './session/sessions';
import { DEFAULT_THROTTLE, LoginThrottle, type ThrottleOptions } from './state/login-throttle';
import { Revocations } from './state/revocations';
import { createUpstream } from './upstream/upstream';

export interface GatewayOptions {
  /** Where log lines go (tests capture them); stdout otherwise. */
  logStream?: DestinationStream;
  /** The clock for sessions and throttling, so tests can move time instead of waiting. */
  now?: () => number;
  throttle?: ThrottleOptions;
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
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
  });
  const revocations = new Revocations(config.databasePath);
  app.addHook('onClose', async () => revocations.close());
  const sessions = new Sessions({
    secret: config.sessionSecret,
    revocations,
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
  const throttle = new LoginThrottle(opts.throttle ?? DEFAULT_THROTTLE, now);

  app.addHook('onSend', securityHeaders);
  app.addHook('onSend', async (request, reply, payload) => {
    // Answers about a session or the platform are never cached by the browser or a proxy.
    if (/^\/(api|auth)(\/|\?|$)/.test(request.url)) reply.header('Cache-Control', 'no-store');
    return payload;
  });
  await app.register(corePlugins, { sessions });
  await app.register(authRoutes, { config, sessions, upstream, throttle });
  await app.register(apiRoute, { upstream });
  await app.register(consoleRoutes, {
    upstream,
    onSessionEnd: (listener) => sessions.onSessionEnd(listener),
    secret: deriveKey(config.sessionSecret, 'console-ticket'),
  });
  await staticSpa(app, config.distDir);
  return app;
}
