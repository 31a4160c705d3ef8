import type { FastifyReply, FastifyRequest } from 'fastify';

/** Longer than any URL the console builds (ids, a ticket); static paths and routes never need more. */
const MAX_URL_LENGTH = 2_048;

/**
 * onRequest hook: a too-long URL is 414, said plainly, before the static files see it (the file system's
 * "name too long" came out as a misleading 403).
 */
export async function refuseLongUrl(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.url.length > MAX_URL_LENGTH) {
    await reply.code(414).send({ Message: `The URL is longer than ${MAX_URL_LENGTH} characters.` });
  }
}
