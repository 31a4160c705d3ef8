import type { FastifyInstance } from 'fastify';
import { isActionName, type ActionName } from '../../../../contract/contract';
import type { Envelope } from '../../../../contract/envelope';
import { checkParams } from './api-params';
import { SESSION_EXPIRED, type GatewayContext } from '../../gateway-context';
import type { Session } from '../../session/session';

/** What a browser may not choose: the keys are the session's, and a tenant is always its own company. */
export function scrubParams(session: Session, params: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...params };
  delete rest.Action;
  delete rest.PublicKey;
  delete rest.Signature;
  if (!session.isAdmin) delete rest.CompanyID;
  return rest;
}

/** DescribeUser also returns every tenant's key pair; those never leave the server. */
export function stripKeys(action: ActionName, envelope: Envelope): Envelope {
  if (action !== 'DescribeUser' || !Array.isArray(envelope.Infos)) return envelope;
  const infos = envelope.Infos.map((info: unknown) => {
    if (!info || typeof info !== 'object') return info;
    const copy = { ...(info as Record<string, unknown>) };
    delete copy.PublicKey;
    delete copy.PrivateKey;
    return copy;
  });
  return { ...envelope, Infos: infos };
}

export async function apiRoute(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  app.post('/api', async (request, reply) => {
    const session = ctx.sessions.read(request, reply);
    if (!session) return reply.code(401).send(SESSION_EXPIRED);
    ctx.sessions.touch(request, reply, session);
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return reply.code(400).send({ Message: 'The request body must be a JSON object.', Issues: [] });
    }
    const { Action: action } = body as Record<string, unknown>;
    if (!isActionName(action)) {
      return reply.code(400).send({ Message: 'Unknown action.', Issues: [{ Path: 'Action', Message: 'validation.unknownAction' }] });
    }
    const checked = checkParams(action, scrubParams(session, body as Record<string, unknown>));
    if (!checked.ok) return reply.code(400).send({ Message: 'Some parameters are not valid.', Issues: checked.issues });
    const envelope = await ctx.upstream.call(session, action, checked.params, request.log);
    return stripKeys(action, envelope);
  });
}
