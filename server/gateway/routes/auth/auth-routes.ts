import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gatewayEndpoints as ep } from '../../../../contract/gateway-endpoints';
import { GatewayErrorSchema } from '../../../../contract/gateway-error';
import type { Me } from '../../../../contract/gateway-auth';
import type { GatewayConfig } from '../../gateway-config';
import { KEYS_NOT_ACCEPTED } from '../../gateway-messages';
import { sessionOf } from '../../plugins/session-plugin';
import type { Session } from '../../session/session';
import type { NewSession, Sessions } from '../../session/sessions';
import type { StateStore } from '../../state/state-store';
import type { Upstream } from '../../upstream/upstream';
import { checkKeys, KeysNotCheckedError } from './check-keys';
import { SIGN_IN_LIMIT } from './sign-in-limit';

export interface AuthRoutesOptions {
  config: GatewayConfig;
  sessions: Sessions;
  upstream: Upstream;
  /** Counts key checks per client address (with Redis: across every replica). */
  store: StateStore;
}

const failures = { '4xx': GatewayErrorSchema, '5xx': GatewayErrorSchema };

function whoAmI(session: Pick<Session, 'publicKey' | 'companyId' | 'isAdmin'>): Me {
  return { PublicKey: session.publicKey, CompanyID: session.companyId, IsAdmin: session.isAdmin };
}

/** /auth/*: sign-in with a key pair or a demo account, who am I, sign-out, what the sign-in page offers. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { config, sessions, upstream, store }) => {
  const signIn = async (request: FastifyRequest, reply: FastifyReply, fields: Omit<NewSession, 'isAdmin'>) => {
    const verdict = await checkKeys(upstream, fields, request.log);
    if (!verdict) return null;
    const session = sessions.start(request, reply, { ...fields, isAdmin: verdict.isAdmin });
    request.log.info({ isAdmin: session.isAdmin }, 'signed in');
    return whoAmI(session);
  };

  // A malformed body is a refused key pair like any other (attachValidation): same 401, and it counts.
  // Every attempt is counted BEFORE the platform is asked, so a parallel burst over several replicas gets at
  // most SIGN_IN_LIMIT.max key checks; a sign-in that succeeds is taken back out, so only failures accumulate.
  app.post(
    ep.signIn.path,
    { schema: { body: ep.signIn.body, response: { 200: ep.signIn.response, ...failures } }, attachValidation: true },
    async (request, reply) => {
      const limitKey = `signin:${request.ip}`;
      const attempt = await store.countAttempt(limitKey, SIGN_IN_LIMIT.windowMs);
      if (attempt.count > SIGN_IN_LIMIT.max) {
        const wait = Math.max(1, Math.ceil(attempt.retryAfterMs / 1000));
        return reply.code(429).header('Retry-After', String(wait)).send({ Message: 'Too many failed sign-ins. Try again later.' });
      }
      // A platform that could not check the keys is not a failed sign-in (issue 13): the attempt is taken back.
      const me = request.validationError
        ? null
        : await signIn(request, reply, { publicKey: request.body.PublicKey, privateKey: request.body.PrivateKey, companyId: null }).catch(
            async (err: unknown) => {
              if (err instanceof KeysNotCheckedError) await store.refundAttempt(limitKey);
              throw err;
            },
          );
      if (!me) {
        request.log.info('sign-in refused');
        return reply.code(401).send(KEYS_NOT_ACCEPTED);
      }
      await store.refundAttempt(limitKey);
      return me;
    },
  );

  app.post(
    ep.demoSignIn.path,
    { schema: { body: ep.demoSignIn.body, response: { 200: ep.demoSignIn.response, ...failures } }, attachValidation: true },
    async (request, reply) => {
      if (config.upstreamKind !== 'simulator') return reply.code(404).send({ Message: 'Not found.' });
      const demo = request.validationError ? undefined : config.demoAccounts.find((a) => a.account === request.body.Account);
      if (!demo) return reply.code(400).send({ Message: 'Unknown demo account.' });
      const me = await signIn(request, reply, { publicKey: demo.publicKey, privateKey: demo.privateKey, companyId: demo.companyId });
      return me ?? reply.code(401).send(KEYS_NOT_ACCEPTED);
    },
  );

  app.get(ep.authConfig.path, { schema: { response: { 200: ep.authConfig.response, ...failures } } }, async () => ({
    Upstream: config.upstreamKind,
    DemoAccounts:
      config.upstreamKind === 'simulator'
        ? config.demoAccounts.map((a) => ({ Account: a.account, Label: a.label, PublicKey: a.publicKey }))
        : [],
    Currency: config.currency ?? 'CNY',
  }));

  // Signs out whatever the cookie says, live or not: a copy kept elsewhere must die too.
  app.post(
    ep.signOut.path,
    { schema: { body: ep.signOut.body, response: { 204: z.null(), ...failures } } },
    async (request, reply) => {
      await sessions.end(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    ep.me.path,
    { schema: { response: { 200: ep.me.response, ...failures } }, config: { session: 'required' } },
    async (request) => whoAmI(sessionOf(request)),
  );
};
