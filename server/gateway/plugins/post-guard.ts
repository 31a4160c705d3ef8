import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isSameOrigin, ownOrigin } from './origin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'required': a POST without Origin is refused too (only browsers call the route, and they always send it). */
    origin?: 'required';
  }
}

/**
 * Cross-site request forgery defence for every POST: a page on another site can neither set a custom
 * header nor send JSON without a CORS preflight (which we never answer), and a browser always sends
 * Origin on a cross-site POST.
 */
function forgeryProblem(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  const foreign = request.routeOptions.config.origin === 'required' ? !isSameOrigin(request) : origin !== undefined && origin !== ownOrigin(request);
  if (foreign) return 'The request came from another origin.';
  if (request.headers['x-requested-by'] !== 'console') return 'The request is missing the header X-Requested-By: console.';
  if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
    return 'The request body must be JSON (Content-Type: application/json).';
  }
  return null;
}

/** Runs once for every POST, before the body is parsed. */
export const postGuard = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return;
      const problem = forgeryProblem(request);
      if (problem) return reply.code(403).send({ Message: problem });
    });
  },
  { name: 'post-guard' },
);
