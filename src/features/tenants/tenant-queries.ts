import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { TenantSearchParams } from './tenant-search';

/**
 * DescribeUser reads (admin only). Tenants are not region-scoped, so the keys carry no scope.
 * `detail` shares its key and call with useActingTenant, so the banner and the switcher read one cache entry.
 */
export const tenantQueries = {
  all: () => ['tenants'] as const,
  search: (params: TenantSearchParams) =>
    queryOptions({
      queryKey: [...tenantQueries.all(), 'search', params],
      queryFn: ({ signal }) => call('DescribeUser', params, { signal }),
      staleTime: 60_000,
    }),
  detail: (companyId: number) =>
    queryOptions({
      queryKey: [...tenantQueries.all(), 'detail', companyId],
      queryFn: ({ signal }) => call('DescribeUser', { CompanyID: companyId, Limit: 1 }, { signal }),
      staleTime: 5 * 60_000,
    }),
};
