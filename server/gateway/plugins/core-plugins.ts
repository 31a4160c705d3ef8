import fastifyCookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { errorHandler } from './error-handler';
import { postGuard } from './post-guard';
import { sessionPlugin, type SessionSource } from './session-plugin';

/**
 * What every gateway route stands on, in this order: zod schemas for bodies and answers, cookies, one
 * error body, the POST guard, then the session (a refused POST never costs an unseal).
 */
export const corePlugins = fp<{ sessions: SessionSource }>(
  async (app, { sessions }) => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(fastifyCookie);
    await app.register(errorHandler);
    await app.register(postGuard);
    await app.register(sessionPlugin, { sessions });
  },
  { name: 'core-plugins' },
);
