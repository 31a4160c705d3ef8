import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const NOT_SPA = /^\/(api|auth|console)(\/|\?|$)/;

/** A client-side route: a browser navigation (wants HTML) to a path the gateway itself does not own. */
function isClientRoute(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !NOT_SPA.test(request.url) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export async function staticSpa(app: FastifyInstance, distDir: string | null): Promise<void> {
  const hasSpa = distDir !== null && existsSync(distDir);
  if (hasSpa) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      cacheControl: false,
      // The build writes .br and .gz twins (scripts/vite-precompress.ts): sent with Content-Encoding and
      // Vary: Accept-Encoding to a browser that accepts them.
      preCompressed: true,
      // Vite puts content-hashed files under assets/: they never change, so they may be kept for a year.
      // index.html names the current hashes and must be revalidated every time.
      setHeaders: (reply, path) => {
        if (path.includes(`${sep}assets${sep}`)) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
        else reply.header('Cache-Control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (hasSpa && isClientRoute(request)) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ Message: 'Not found.' });
  });
}
