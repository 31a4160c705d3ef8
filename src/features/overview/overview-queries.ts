import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { type ScopeKey } from '../../entities/tenant/scope';
import { vmQueries } from '../../entities/vm/vm-queries';

/** How many VMs the aggregates (resources, expiring, stuck, newest) read at most; beyond it the page says so. */
const VM_CAP = 2000;

/**
 * The overview's reads, keyed generic -> specific with the scope in every key. The refresh interval is
 * the page's (it depends on all of them), so it is set where they are used.
 */
export const overviewQueries = {
  all: (scope: ScopeKey) => ['overview', scope.companyId ?? null, scope.region] as const,

  /** Every VM up to the cap: one reader with the CSV export (`vmQueries.every`). */
  vms: (scope: ScopeKey) => vmQueries.every(scope, undefined, VM_CAP),

  region: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...overviewQueries.all(scope), 'region'] as const,
      queryFn: async ({ signal }) =>
        (await call('DescribeRegion', { Region: scope.region }, { signal })).Infos.find((r) => r.Region === scope.region) ?? null,
    }),
};
