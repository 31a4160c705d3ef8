import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';

export const AuthConfigSchema = z.object({
  Upstream: z.string(),
  DemoAccounts: z.array(z.object({ Account: z.enum(['admin', 'tenant', 'other']), Label: z.string(), PublicKey: z.string() })),
});
export type AuthConfig = z.infer<typeof AuthConfigSchema>;
export type DemoAccount = AuthConfig['DemoAccounts'][number];

/** What the sign-in page offers: the demo accounts exist only with the embedded simulator. */
export const authConfigQuery = queryOptions({
  queryKey: ['auth', 'config'],
  queryFn: async ({ signal }): Promise<AuthConfig> => {
    const res = await fetch('/auth/config', { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return AuthConfigSchema.parse(await res.json());
  },
  staleTime: Infinity,
});
