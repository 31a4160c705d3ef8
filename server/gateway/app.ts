import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { createLogger } from '../logger';
import { apiRoute, scrubParams } from './routes/api/api-route';
import { authRoutes } from './routes/auth/auth-routes';
import type { ConsoleDeps } from './console/console-deps';
import { consoleRoutes } from './routes/console/console-routes';
import { deriveKey } from './derive-key';
import type { GatewayConfig } from './gateway-config';
import type { GatewayContext } from './gateway-context';
import { DEFAULT_THROTTLE, LoginThrottle, type ThrottleOptions } from './state/login-throttle';
import { isSameOrigin } from './plugins/origin';
import { postGuard } from './plugins/post-guard';
import { Revocations } from './state/revocations';
import { securityHeaders } from './plugins/security-headers';
import { Sessions } from './session/sessions';
import { staticSpa } from './plugins/static-spa';
import { createUpstream, UpstreamError } from './upstream/upstream';

export interface GatewayOptions {
  /** Where log lines go (tests capture them); stdout otherwise. */
  logStream?: DestinationStream;
  /** The clock for sessions and throttling, so tests can move time instead of waiting. */
  now?: () => number;
  throttle?: ThrottleOptions;
}

/** Builds the gateway without listening (main.ts listens; tests use app.inject()). */
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
  const ctx: GatewayContext = { config, sessions, upstream, throttle: new LoginThrottle(opts.throttle ?? DEFAULT_THROTTLE, now) };

  app.addHook('onRequest', postGuard);
  app.addHook('onSend', securityHeaders);
  app.addHook('onSend', async (request, reply, payload) => {
    // Answers about a session or the platform are never cached by the browser or a proxy.
    if (/^\/(api|auth)(\/|\?|$)/.test(request.url)) reply.header('Cache-Control', 'no-store');
    return payload;
  });
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof UpstreamError) {
      return reply.code(err.statusCode).send({ Message: err.message, MessageKey: err.key, MessageVars: err.vars });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ Message: err.message });
    request.log.error({ err }, 'request failed');
    return reply.code(500).send({ Message: 'The gateway could not handle the request.' });
  });

  await app.register(fastifyCookie);
  await authRoutes(app, ctx);
  await apiRoute(app, ctx);

  const consoleDeps: ConsoleDeps = {
    getSession: async (request) => sessions.read(request),
    isSameOrigin,
    callUpstream: (session, action, params) => upstream.call(session, action, scrubParams(session, params)),
    onSessionEnd: (listener) => sessions.onSessionEnd(listener),
    secret: deriveKey(config.sessionSecret, 'console-ticket'),
  };
  await app.register(consoleRoutes, consoleDeps);

  await staticSpa(app, config.distDir);
  return app;
}
