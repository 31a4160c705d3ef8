import { queryOptions } from '@tanstack/react-query';
import { gatewayEndpoints } from '../../contract/gateway-endpoints';
import { gatewayFetch } from './gateway-fetch';

/** The gateway's public settings: the demo accounts (embedded simulator only) and the currency prices are in. */
export const authConfigQuery = queryOptions({
  queryKey: ['auth', 'config'],
  queryFn: ({ signal }) => gatewayFetch(gatewayEndpoints.authConfig, { signal }),
  staleTime: Infinity,
});
