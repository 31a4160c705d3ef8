import { infiniteQueryOptions } from '@tanstack/react-query';
import { activityEndpoint, type ActivityPage } from '../../../contract/gateway-activity';
import { gatewayFetch } from '../../api/gateway-fetch';

/** What an activity read narrows to; the gateway scopes it to the session (a tenant never sees another's). */
export interface ActivityFilters {
  /** An admin's acting tenant; undefined: every tenant (admin) or one's own (tenant). */
  companyId?: number;
  vmId?: string;
  /** The VM's region: lets the gateway confirm a tenant owns the VM when it cannot tell otherwise. */
  region?: string;
}

const PAGE = 20;

/** Newest first, a page at a time ("Show older" fetches the next). Refetched after every mutation. */
export const activityQueries = {
  all: () => ['activity'] as const,
  list: (filters: ActivityFilters) =>
    infiniteQueryOptions({
      queryKey: [...activityQueries.all(), filters] as const,
      queryFn: ({ pageParam, signal }): Promise<ActivityPage> =>
        gatewayFetch(activityEndpoint, {
          body: {
            Limit: PAGE,
            ...(filters.companyId !== undefined && { CompanyID: filters.companyId }),
            ...(filters.vmId && { VMID: filters.vmId }),
            ...(filters.region && { Region: filters.region }),
            ...(pageParam && { Before: pageParam }),
          },
          signal,
        }),
      initialPageParam: '',
      getNextPageParam: (last) => last.Next ?? undefined,
    }),
};
