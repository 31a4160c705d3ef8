import { queryOptions } from '@tanstack/react-query';
import { gatewayEndpoints } from '../../../contract/gateway-endpoints';
import { gatewayFetch } from '../../api/gateway-fetch';

/** What the sign-in page offers: the demo accounts exist only with the embedded simulator. */
export const authConfigQuery = queryOptions({
  queryKey: ['auth', 'config'],
  queryFn: ({ signal }) => gatewayFetch(gatewayEndpoints.authConfig, { signal }),
  staleTime: Infinity,
});
