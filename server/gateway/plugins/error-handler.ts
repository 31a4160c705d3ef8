import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { PARAMS_NOT_VALID, STATE_UNAVAILABLE } from '../gateway-messages';
import { StateUnavailableError } from '../state/state-unavailable-error';
import { UpstreamError } from '../upstream/upstream';

/** Every failure answers with the gateway's error body (contract/gateway-error.ts); a 500 says no more than that. */
export const errorHandler = fp(
  async (app) => {
    app.setErrorHandler((err: FastifyError, request, reply) => {
      if (err instanceof UpstreamError) {
        return reply.code(err.statusCode).send({ Message: err.message, MessageKey: err.key, MessageVars: err.vars });
      }
      if (err instanceof StateUnavailableError) {
        // Fail closed: what needs the shared state (sign-in, sessions, tickets, consoles) waits for it.
        request.log.warn({ detail: err.message }, 'state store unavailable');
        return reply.code(503).header('Retry-After', '5').send({ Message: STATE_UNAVAILABLE, MessageKey: 'error.gateway.stateUnavailable' });
      }
      if (hasZodFastifySchemaValidationErrors(err)) {
        // Paths named the way the platform names parameters (`VMIDs.0`), as POST /api names them.
        const Issues = err.validation.map((v) => ({ Path: v.instancePath.slice(1).split('/').join('.'), Message: v.message }));
        return reply.code(400).send({ Message: PARAMS_NOT_VALID, Issues });
      }
      const status = err.statusCode ?? 500;
      if (status >= 400 && status < 500) return reply.code(status).send({ Message: err.message });
      request.log.error({ err }, 'request failed');
      return reply.code(500).send({ Message: 'The gateway could not handle the request.' });
    });
  },
  { name: 'error-handler' },
);
