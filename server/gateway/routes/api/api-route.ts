import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contract, type ActionName, type MutatingAction } from '../../../../contract/contract';
import { recordedCall, type ActivityLog } from '../../activity/recorded-call';
import { EnvelopeSchema } from '../../../../contract/envelope';
import { ApiCallSchema } from '../../../../contract/gateway-api';
import { GatewayErrorSchema } from '../../../../contract/gateway-error';
import { PARAMS_NOT_VALID } from '../../gateway-messages';
import { passThroughSerializer } from '../../plugins/pass-through-serializer';
import { sessionOf } from '../../plugins/session-plugin';
import type { Upstream } from '../../upstream/upstream';
import { scrubParams } from '../scrub-params';
import { checkParams } from './api-params';
import type { StateStore } from '../../state/state-store';
import { stripKeys } from './strip-keys';
import { vncClientRoute } from './vnc-client-route';

export interface ApiRouteOptions {
  upstream: Upstream;
  store: StateStore;
  /** ALLOW_VNC_CLIENT_DETAILS: /api/vnc-client hands out VNC endpoints and passwords. */
  allowVncClientDetails: boolean;
  /** Every mutation is recorded there. */
  activity: ActivityLog;
}

/**
 * Actions /api does not forward: GetVMVNCInfo answers a VNC password, which the browser must never hold by
 * default; the console asks for it through /console/tickets, a native client through /api/vnc-client.
 */
const NOT_FORWARDED = new Set<string>(['GetVMVNCInfo']);

/**
 * POST /api: one contract action, checked against its request schema, signed with the session's keys and
 * sent to the platform; the envelope comes back whatever its RetCode (HTTP 200).
 */
function isMutating(action: ActionName): action is MutatingAction {
  return contract[action].mutating;
}

export const apiRoute: FastifyPluginAsyncZod<ApiRouteOptions> = async (app, { upstream, store, allowVncClientDetails, activity }) => {
  await app.register(vncClientRoute, { upstream, store, activity, enabled: allowVncClientDetails });
  app.post(
    '/api',
    {
      schema: { body: ApiCallSchema, response: { 200: EnvelopeSchema, '4xx': GatewayErrorSchema, '5xx': GatewayErrorSchema } },
      config: { session: 'required' },
      preValidation: scrubParams,
      serializerCompiler: passThroughSerializer,
      // The two ways the call itself can be wrong get their own words (attachValidation), not a list of issues.
      attachValidation: true,
    },
    async (request, reply) => {
      const session = sessionOf(request);
      if (request.validationError) {
        const body: unknown = request.body;
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          return reply.code(400).send({ Message: 'The request body must be a JSON object.', Issues: [] });
        }
        return reply.code(400).send({ Message: 'Unknown action.', Issues: [{ Path: 'Action', Message: 'validation.unknownAction' }] });
      }
      const { Action: action, ...params } = request.body;
      if (NOT_FORWARDED.has(action)) {
        return reply.code(403).send({ Message: `${action} is not forwarded: the console opens VNC through tickets.`, MessageKey: 'error.gateway.notForwarded', MessageVars: { action } });
      }
      const checked = checkParams(action, params);
      if (!checked.ok) return reply.code(400).send({ Message: PARAMS_NOT_VALID, Issues: checked.issues });
      if (!isMutating(action)) return stripKeys(action, await upstream.call(session, action, checked.params, request.log));
      return recordedCall(upstream, activity, session, action, checked.params, request.log);
    },
  );
};
