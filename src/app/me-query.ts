import { queryOptions } from '@tanstack/react-query';
import type { Me } from '../../contract/gateway-auth';
import { gatewayEndpoints } from '../../contract/gateway-endpoints';
import { ApiError } from '../api/api-error';
import { gatewayFetch } from '../api/gateway-fetch';

/** The signed-in account, or null when there is no session. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await gatewayFetch(gatewayEndpoints.me, { signal });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  staleTime: Infinity,
  retry: false,
});
