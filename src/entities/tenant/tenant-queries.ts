import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { UserInfo } from '../../../contract/describe-user';

/** How many tenants the first page holds: the switcher's and the wizard's choices before a search. */
export const TENANT_PAGE = 100;

/** One DescribeUser page of a tenant search: by number, by keyword, or the first page. */
export interface TenantSearchParams {
  CompanyID?: number;
  Keyword?: string;
  Limit: number;
}

/**
 * DescribeUser reads (admin only). Tenants are not region-scoped, so the keys carry no scope.
 * `detail` is the one key for "this tenant": the acting banner, the switcher's recent tenants and the
 * overview's top tenants read one cache entry.
 */
export const tenantQueries = {
  all: () => ['tenants'] as const,
  search: (params: TenantSearchParams) =>
    queryOptions({
      queryKey: [...tenantQueries.all(), 'search', params],
      queryFn: ({ signal }) => call('DescribeUser', params, { signal }),
      staleTime: 60_000,
    }),
  /** The first page of tenants (the same cache entry as the switcher's empty search). */
  list: () => tenantQueries.search({ Limit: TENANT_PAGE }),
  /** The tenant, or null when the platform does not know it. */
  detail: (companyId: number) =>
    queryOptions({
      queryKey: [...tenantQueries.all(), 'detail', companyId],
      queryFn: async ({ signal }): Promise<UserInfo | null> =>
        (await call('DescribeUser', { CompanyID: companyId, Limit: 1 }, { signal })).Infos.find((u) => u.CompanyID === companyId) ?? null,
      staleTime: 5 * 60_000,
    }),
};
