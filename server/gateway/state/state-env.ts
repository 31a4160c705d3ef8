import { z } from 'zod';

const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

/**
 * The state store's variables, for the gateway's environment schema to extend: REDIS_URL picks Redis
 * (replicas share sign-outs, tickets, limits and consoles), unset keeps everything on this machine.
 */
export const stateEnvSchema = z.object({
  REDIS_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
  REDIS_KEY_PREFIX: z.preprocess(
    unsetIfEmpty,
    z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1 to 64 letters, digits, ":", "_" or "-"').optional().default('ucs:'),
  ),
});
export type StateEnv = z.output<typeof stateEnvSchema>;
