import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { EmbeddedStore } from '../state/embedded-store';
import { Sessions } from './sessions';

const store = new EmbeddedStore({ databasePath: ':memory:' });
afterAll(() => store.close());

it('tells listeners when a session is signed out or found expired', async () => {
  let clock = 1_000;
  const sessions = new Sessions({ secret: 's'.repeat(32), store, idleMs: 1_000, absoluteMs: 10_000, now: () => clock });
  const ended: string[] = [];
  sessions.onSessionEnd((id) => ended.push(id));
  sessions.onSessionEnd(() => {
    throw new Error('a broken listener does not stop the others');
  });
  const app = Fastify();
  await app.register(fastifyCookie);
  const ids: string[] = [];
  app.get('/in', async (request, reply) => {
    ids.push(sessions.start(request, reply, { publicKey: 'p', privateKey: 'k', companyId: null, isAdmin: false }).id);
    return {};
  });
  app.get('/me', async (request, reply) => ({ id: (await sessions.read(request, reply))?.id ?? null }));
  app.get('/out', async (request, reply) => {
    await sessions.end(request, reply);
    return {};
  });
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
    `console_session=${res.cookies.find((c) => c.name === 'console_session')?.value}`;

  const first = cookieOf(await app.inject('/in'));
  const second = cookieOf(await app.inject('/in'));
  expect(ids[0]).not.toBe(ids[1]);
  await app.inject({ url: '/out', headers: { cookie: first } });
  expect(ended).toEqual([ids[0]]);
  expect((await app.inject({ url: '/me', headers: { cookie: first } })).json()).toEqual({ id: null });
  expect((await app.inject({ url: '/me', headers: { cookie: second } })).json()).toEqual({ id: ids[1] });
  clock += 1_001;
  expect((await app.inject({ url: '/me', headers: { cookie: second } })).json()).toEqual({ id: null });
  expect(ended).toEqual([ids[0], ids[1]]);
  await app.close();
});
