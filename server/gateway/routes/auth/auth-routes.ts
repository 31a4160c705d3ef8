import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { checkKeys } from './check-keys';
import { KEYS_NOT_ACCEPTED, SESSION_EXPIRED, type GatewayContext } from '../../gateway-context';
import type { Session } from '../../session/session';
import type { NewSession } from '../../session/sessions';

const LoginBodySchema = z.object({ PublicKey: z.string().trim().min(1).max(512), PrivateKey: z.string().trim().min(1).max(512) });
const DemoLoginBodySchema = z.object({ Account: z.string() });

function whoAmI(session: Pick<Session, 'publicKey' | 'companyId' | 'isAdmin'>) {
  return { PublicKey: session.publicKey, CompanyID: session.companyId, IsAdmin: session.isAdmin };
}

export async function authRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const signIn = async (request: FastifyRequest, reply: FastifyReply, fields: Omit<NewSession, 'isAdmin'>) => {
    const verdict = await checkKeys(ctx.upstream, fields, request.log);
    if (!verdict) return null;
    const session = ctx.sessions.start(request, reply, { ...fields, isAdmin: verdict.isAdmin });
    request.log.info({ isAdmin: session.isAdmin }, 'signed in');
    return whoAmI(session);
  };

  app.post('/auth/login', async (request, reply) => {
    const wait = ctx.throttle.retryAfterSeconds(request.ip);
    if (wait > 0) {
      return reply.code(429).header('Retry-After', String(wait)).send({ Message: 'Too many failed sign-ins. Try again later.' });
    }
    const body = LoginBodySchema.safeParse(request.body);
    const me = body.success
      ? await signIn(request, reply, { publicKey: body.data.PublicKey, privateKey: body.data.PrivateKey, companyId: null })
      : null;
    if (!me) {
      ctx.throttle.fail(request.ip);
      request.log.info('sign-in refused');
      return reply.code(401).send(KEYS_NOT_ACCEPTED);
    }
    ctx.throttle.succeed(request.ip);
    return me;
  });

  app.post('/auth/demo-login', async (request, reply) => {
    if (ctx.config.upstreamKind !== 'simulator') return reply.code(404).send({ Message: 'Not found.' });
    const body = DemoLoginBodySchema.safeParse(request.body);
    const demo = body.success ? ctx.config.demoAccounts.find((a) => a.account === body.data.Account) : undefined;
    if (!demo) return reply.code(400).send({ Message: 'Unknown demo account.' });
    const me = await signIn(request, reply, { publicKey: demo.publicKey, privateKey: demo.privateKey, companyId: demo.companyId });
    return me ?? reply.code(401).send(KEYS_NOT_ACCEPTED);
  });

  app.get('/auth/config', async () => ({
    Upstream: ctx.config.upstreamKind,
    DemoAccounts:
      ctx.config.upstreamKind === 'simulator'
        ? ctx.config.demoAccounts.map((a) => ({ Account: a.account, Label: a.label, PublicKey: a.publicKey }))
        : [],
  }));

  app.post('/auth/logout', async (request, reply) => {
    ctx.sessions.end(request, reply);
    return reply.code(204).send();
  });

  app.get('/auth/me', async (request, reply) => {
    const session = ctx.sessions.read(request, reply);
    if (!session) return reply.code(401).send(SESSION_EXPIRED);
    ctx.sessions.touch(request, reply, session);
    return whoAmI(session);
  });
}
