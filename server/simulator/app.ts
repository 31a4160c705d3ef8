import { randomUUID } from 'node:crypto';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { dispatch, type DispatchDeps } from './dispatch';
import { handlers } from './handlers/handler-map';
import { readParams } from './http/read-params';
import { RetCode } from './retcode';
import { type Db, openDatabase } from './store/open-database';
import { ensureSeeded } from './store/seed';
import type { VncProvider } from './vnc-provider';

export interface SimulatorOptions {
  /** Directory of simulator.db, or ':memory:'. */
  dataDir: string;
  /** Seed the demo world on the first start (default true). */
  seed?: boolean;
  /** How long transitional states (Starting, Stopping, ...) last (default 2000 ms). */
  transitionMs?: number;
  /** Fault injection: added to every request. */
  latencyMs?: number;
  /** Fault injection: this fraction (0-1) of calls answer RetCode 2. */
  errorRate?: number;
  vnc?: VncProvider;
  logger?: boolean;
}

export interface Simulator {
  app: FastifyInstance;
  /** The store, for benchmarks that bulk-load it (seed-many.ts). */
  db: Db;
  close(): Promise<void>;
}

const DEFAULT_TRANSITION_MS = 2000;

export async function buildSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const db = openDatabase(opts.dataDir);
  ensureSeeded(db, { seed: opts.seed ?? true, nowMs: Date.now() });
  const app = Fastify({
    logger: opts.logger
      ? {
          // GET calls carry their Signature in the query: log paths only.
          serializers: { req: (req: FastifyRequest) => ({ method: req.method, url: req.url.split('?')[0] }) },
        }
      : false,
    genReqId: () => randomUUID(),
  });
  await app.register(formbody);

  const deps: DispatchDeps = {
    db,
    handlers,
    transitionMs: opts.transitionMs ?? DEFAULT_TRANSITION_MS,
    errorRate: opts.errorRate ?? 0,
    vnc: opts.vnc,
    onInternalError: (err, action) => app.log.error({ err, action }, 'simulator handler failed'),
  };
  const latencyMs = opts.latencyMs ?? 0;

  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const body = await dispatch(deps, readParams(req.query, req.body));
    return reply.header('X-UCLOUD-REQUEST-UUID', req.id).send(body);
  };
  for (const url of ['/api', '/api/']) app.route({ method: ['GET', 'POST'], url, handler: handle });

  // Malformed bodies and the like still get the platform's envelope with HTTP 200: SDKs treat any
  // HTTP error as a transport failure.
  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const badRequest = (err.statusCode ?? 500) < 500;
    if (!badRequest) app.log.error({ err }, 'simulator request failed');
    return reply
      .status(200)
      .header('X-UCLOUD-REQUEST-UUID', req.id)
      .send({
        Action: 'Response',
        RetCode: badRequest ? RetCode.BadFormat : RetCode.Internal,
        Message: badRequest ? `Malformed request: ${err.message}` : 'Internal error',
      });
  });

  return {
    app,
    db,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}
