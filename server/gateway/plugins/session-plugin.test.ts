import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { Sessions } from '../session/sessions';
import { EmbeddedStore } from '../state/embedded-store';
import { corePlugins } from './core-plugins';

let app: FastifyInstance;
let store: EmbeddedStore;
afterEach(async () => {
  await app.close();
  await store.close();
});

/** A gateway core with real sealed sessions, counting how often a cookie is unsealed. */
async function start() {
  store = new EmbeddedStore({ databasePath: ':memory:' });
  const sessions = new Sessions({ secret: 's'.repeat(32), store, idleMs: 60_000, absoluteMs: 600_000, now: Date.now });
  const counter = { reads: 0 };
  app = Fastify();
  await app.register(corePlugins, {
    sessions: {
      read: (request, reply) => {
        counter.reads += 1;
        return sessions.read(request, reply);
      },
      touch: (request, reply, session) => sessions.touch(request, reply, session),
    },
  });
  app.get('/in', async (request, reply) => ({ id: sessions.start(request, reply, { publicKey: 'p', privateKey: 'k', companyId: null, isAdmin: false }).id }));
  const seen: Array<string | null> = [];
  app.get(
    '/twice',
    { config: { session: 'required' }, preHandler: async (request) => void seen.push(request.session?.id ?? null) },
    async (request) => ({ id: request.session?.id ?? null }),
  );
  app.get('/public', async (request) => ({ id: request.session?.id ?? null }));
  const res = await app.inject('/in');
  const cookie = `console_session=${res.cookies.find((c) => c.name === 'console_session')?.value}`;
  return { counter, seen, cookie, id: res.json<{ id: string }>().id };
}

it('unseals the session once per request, however many hooks and handlers look at it', async () => {
  const { counter, seen, cookie, id } = await start();
  const res = await app.inject({ url: '/twice', headers: { cookie } });
  expect(res.json()).toEqual({ id });
  expect(seen).toEqual([id]);
  expect(counter.reads).toBe(1);
});

it('reads no session for a route that does not declare one, and answers 401 where one is required', async () => {
  const { counter, cookie } = await start();
  expect((await app.inject({ url: '/public', headers: { cookie } })).json()).toEqual({ id: null });
  expect(counter.reads).toBe(0);
  const res = await app.inject({ url: '/twice' });
  expect(res.statusCode).toBe(401);
  expect(res.json()).toEqual({ Message: 'Your session has expired. Please sign in again.' });
  expect(counter.reads).toBe(1);
});
