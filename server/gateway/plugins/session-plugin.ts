import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { SESSION_EXPIRED } from '../gateway-messages';
import type { Session } from '../session/session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The live session, read once when the request arrives; null without one or on a route that does not ask. */
    session: Session | null;
  }
  interface FastifyContextConfig {
    /** 'required': 401 without a live session, and the idle timeout slides; 'read': the route decides. */
    session?: 'read' | 'required';
  }
}

/** Where sessions come from: the sealed cookie in the gateway (Sessions), a fixture in tests. */
export interface SessionSource {
  /**
   * The request's live session or null; a dead cookie is cleared through the reply. Asynchronous because a
   * sign-out may have to be looked up in the shared store; rejects with StateUnavailableError when it cannot be.
   */
  read(request: FastifyRequest, reply: FastifyReply): Promise<Session | null> | Session | null;
  /** Slides the idle timeout. */
  touch(request: FastifyRequest, reply: FastifyReply, session: Session): void;
}

/** Unseals and checks the session once per request, for the routes that declare `config.session`. */
export const sessionPlugin = fp<{ sessions: SessionSource }>(
  async (app, { sessions }) => {
    app.decorateRequest('session', null);
    app.addHook('onRequest', async (request, reply) => {
      const mode = request.routeOptions.config.session;
      if (!mode) return;
      const session = await sessions.read(request, reply);
      request.session = session;
      if (mode !== 'required') return;
      if (!session) return reply.code(401).send(SESSION_EXPIRED);
      sessions.touch(request, reply, session);
    });
  },
  { name: 'session', dependencies: ['@fastify/cookie'] },
);

/** The session of a route declared with `config: { session: 'required' }`, which cannot be missing there. */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw new Error(`${request.routeOptions.url ?? request.url} needs config.session 'required'`);
  return request.session;
}
