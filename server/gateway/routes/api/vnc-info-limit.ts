import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionOf } from '../../plugins/session-plugin';
import type { StateStore } from '../../state/state-store';

/**
 * How often VNC details may be asked for (console tickets and the native-client route alike): each ask makes
 * the platform open an endpoint, so a flood costs it descriptors (issue 13). Per session and per access key
 * (a tenant's key pair, across replicas), in fixed windows counted in the state store before the platform is asked.
 */
const VNC_INFO_LIMITS = {
  perSession: { max: 20, windowMs: 60_000 },
  perKey: { max: 60, windowMs: 60_000 },
} as const;

/** preHandler for a route with a required session: 429 with Retry-After once either window is full. */
export function vncInfoLimit(store: StateStore, limits = VNC_INFO_LIMITS) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const session = sessionOf(request);
    const checks = [
      { key: `vnc-info:session:${session.id}`, ...limits.perSession },
      { key: `vnc-info:key:${session.publicKey}`, ...limits.perKey },
    ];
    for (const check of checks) {
      const attempt = await store.countAttempt(check.key, check.windowMs);
      if (attempt.count > check.max) {
        const seconds = Math.max(1, Math.ceil(attempt.retryAfterMs / 1000));
        await reply
          .code(429)
          .header('Retry-After', String(seconds))
          .send({ Message: `Console details were asked for too often; try again in ${seconds} s.`, MessageKey: 'console.error.vncInfoLimit', MessageVars: { seconds } });
        return;
      }
    }
  };
}
