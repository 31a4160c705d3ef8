import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contract } from '../../../../contract/contract';
import { GatewayErrorSchema } from '../../../../contract/gateway-error';
import { VncClientAnswerSchema, vncClientEndpoints as ep } from '../../../../contract/gateway-vnc-client';
import { recordedCall, type ActivityLog } from '../../activity/recorded-call';
import { passThroughSerializer } from '../../plugins/pass-through-serializer';
import { sessionOf } from '../../plugins/session-plugin';
import type { StateStore } from '../../state/state-store';
import type { Upstream } from '../../upstream/upstream';
import { scrubParams } from '../scrub-params';
import { vncInfoLimit } from './vnc-info-limit';

// The platform's validity of a VNC password (docs/protocol.md §8).
const VALID_SECONDS = 300;

export interface VncClientRouteOptions {
  upstream: Upstream;
  store: StateStore;
  /** Handing out VNC details is recorded like a mutation: the platform opens an endpoint for it. */
  activity: ActivityLog;
  /** ALLOW_VNC_CLIENT_DETAILS: off by default, so the browser never sees a VNC password (issue 13). */
  enabled: boolean;
}

/**
 * /api/vnc-client: the one way a VNC endpoint and its password reach a browser, for a native VNC client,
 * and only when the operator opted in. Off, the route says so and the console does not offer it.
 */
export const vncClientRoute: FastifyPluginAsyncZod<VncClientRouteOptions> = async (app, { upstream, store, activity, enabled }) => {
  app.get(ep.config.path, { schema: { response: { 200: ep.config.response } }, config: { session: 'required' } }, async () => ({ Enabled: enabled }));

  app.post(
    ep.details.path,
    {
      schema: { body: ep.details.body, response: { 200: VncClientAnswerSchema, '4xx': GatewayErrorSchema, '5xx': GatewayErrorSchema } },
      config: { session: 'required' },
      preValidation: scrubParams,
      serializerCompiler: passThroughSerializer,
      preHandler: enabled ? vncInfoLimit(store) : undefined,
    },
    async (request, reply) => {
      if (!enabled) {
        return reply.code(404).send({ Message: 'This gateway does not hand out VNC client details (ALLOW_VNC_CLIENT_DETAILS is off).', MessageKey: 'console.vncClient.disabled' });
      }
      const envelope = await recordedCall(upstream, activity, sessionOf(request), 'GetVMVNCInfo', request.body, request.log);
      if (envelope.RetCode !== 0) return envelope;
      const parsed = contract.GetVMVNCInfo.response.safeParse(envelope);
      if (!parsed.success) return reply.code(502).send({ Message: 'The platform sent VNC information the console cannot use.' });
      const { VNCIP, VNCPort, VNCPassword } = parsed.data.Info;
      request.log.info({ vmId: request.body.VMID }, 'VNC client details handed out');
      return { VNCIP, VNCPort, VNCPassword, ValidSeconds: VALID_SECONDS };
    },
  );
};
