import { queryOptions } from '@tanstack/react-query';
import { MeSchema, type Me } from '../components/session-context';

/** The signed-in account, or null when there is no session. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async ({ signal }): Promise<Me | null> => {
    const res = await fetch('/auth/me', { credentials: 'same-origin', signal });
    if (res.status === 401) return null;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return MeSchema.parse(await res.json());
  },
  staleTime: Infinity,
  retry: false,
});
