import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StateStore } from '../../state/state-store';

const HealthSchema = z.object({
  Status: z.literal('ok'),
  Store: z.object({ Kind: z.enum(['embedded', 'redis']), Ready: z.boolean(), Detail: z.string() }),
  Draining: z.boolean(),
});
const ReadySchema = z.object({ Ready: z.boolean(), Detail: z.string() });

export interface HealthRoutesOptions {
  store: StateStore;
  /** True once the process is shutting down: it leaves the load balancer's rotation first. */
  draining(): boolean;
}

/**
 * /healthz: the process is alive (200 while it answers at all), and says whether its state store is
 * reachable. /readyz: whether it should get new requests (a load balancer's check): 503 while the store
 * cannot answer, since sign-ins and consoles would be refused, and while it shuts down.
 */
export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, { store, draining }) => {
  app.get('/healthz', { schema: { response: { 200: HealthSchema } }, logLevel: 'warn' }, async (_request, reply) => {
    const status = await store.status();
    reply.header('Cache-Control', 'no-store');
    return { Status: 'ok' as const, Store: { Kind: status.kind, Ready: status.ready, Detail: status.detail }, Draining: draining() };
  });

  app.get('/readyz', { schema: { response: { 200: ReadySchema, 503: ReadySchema } }, logLevel: 'warn' }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (draining()) return reply.code(503).send({ Ready: false, Detail: 'shutting down' });
    const status = await store.status();
    if (!status.ready) return reply.code(503).send({ Ready: false, Detail: status.detail });
    return { Ready: true, Detail: status.detail };
  });
};
