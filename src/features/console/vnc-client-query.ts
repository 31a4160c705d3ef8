import { queryOptions } from '@tanstack/react-query';
import { vncClientEndpoints } from '../../../contract/gateway-vnc-client';
import { gatewayFetch } from '../../api/gateway-fetch';

/** Whether this gateway offers native-client details at all (ALLOW_VNC_CLIENT_DETAILS); fixed while it runs. */
export const vncClientConfigQuery = queryOptions({
  queryKey: ['vnc-client', 'config'],
  queryFn: ({ signal }) => gatewayFetch(vncClientEndpoints.config, { signal }),
  staleTime: Infinity,
});
