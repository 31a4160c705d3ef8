import type { FastifyReply, FastifyRequest } from 'fastify';
import { ownOrigin } from './origin';

/**
 * Cross-site request forgery defence for every POST: a page on another site can neither set a custom
 * header nor send JSON without a CORS preflight (which we never answer), and a browser always sends
 * Origin on a cross-site POST. Runs before the body is parsed.
 */
export async function postGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method !== 'POST') return;
  let problem: string | null = null;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== ownOrigin(request)) problem = 'The request came from another origin.';
  else if (request.headers['x-requested-by'] !== 'console') problem = 'The request is missing the header X-Requested-By: console.';
  else if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
    problem = 'The request body must be JSON (Content-Type: application/json).';
  }
  if (problem) await reply.code(403).send({ Message: problem });
}
