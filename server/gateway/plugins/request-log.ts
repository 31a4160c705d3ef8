import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** The Action of a POST /api body (parsed by then), for the request's one log line. */
function actionOf(request: FastifyRequest): string | undefined {
  const body: unknown = request.body;
  if (!body || typeof body !== 'object' || !('Action' in body)) return undefined;
  return typeof body.Action === 'string' ? body.Action.slice(0, 64) : undefined;
}

/** The platform's RetCode near the start of an answer passed on (`{"Action":"...","RetCode":0,...`). */
function retCodeOf(payload: unknown): number | undefined {
  if (typeof payload !== 'string') return undefined;
  const match = /"RetCode":(-?\d+)/.exec(payload.slice(0, 160));
  return match ? Number(match[1]) : undefined;
}

/**
 * One info line per request, when it is answered (Fastify's own logging, one line in and one out, is off):
 * method, path, status, time and, for /api, the action and the platform's RetCode.
 */
export const requestLog = fp(
  async (app) => {
    const retCodes = new WeakMap<FastifyRequest, number>();
    app.addHook('onSend', async (request, _reply, payload) => {
      if (request.routeOptions.url === '/api') {
        const retCode = retCodeOf(payload);
        if (retCode !== undefined) retCodes.set(request, retCode);
      }
      return payload;
    });
    app.addHook('onResponse', async (request, reply) => {
      const line = { req: request, res: reply, ms: Math.round(reply.elapsedTime * 10) / 10, action: actionOf(request), retCode: retCodes.get(request) };
      request.log.info(line, 'request');
    });
  },
  { name: 'request-log' },
);
