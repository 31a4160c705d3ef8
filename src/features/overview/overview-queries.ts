import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { VMState } from '../../../contract/vm-states';
import { scopeParams, type ScopeKey } from '../../entities/tenant/scope';
import { vmQueries } from '../../entities/vm/vm-queries';

/** How many VMs the aggregates (resources, expiring, stuck, newest) read at most; beyond it the page says so. */
const VM_CAP = 2000;

/**
 * The overview's reads, keyed generic -> specific with the scope in every key. The refresh interval is
 * the page's (it depends on all of them), so it is set where they are used.
 */
export const overviewQueries = {
  all: (scope: ScopeKey) => ['overview', scope.companyId ?? null, scope.region] as const,

  /**
   * VMs in these states, from TotalCount with Limit 1. Null when the platform ignored the States filter
   * (the one row it returned is in another state): the page then counts from the VMs it read instead.
   */
  count: (scope: ScopeKey, states: readonly VMState[]) =>
    queryOptions({
      queryKey: [...overviewQueries.all(scope), 'count', states] as const,
      queryFn: async ({ signal }): Promise<number | null> => {
        const res = await call('DescribeVMInstance', { ...scopeParams(scope), States: [...states], Limit: 1 }, { signal });
        const ignored = res.Infos.some((vm) => !(states as readonly string[]).includes(vm.State));
        return ignored ? null : res.TotalCount;
      },
    }),

  /** Every VM up to the cap: one reader with the CSV export (`vmQueries.every`). */
  vms: (scope: ScopeKey) => vmQueries.every(scope, undefined, VM_CAP),

  region: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...overviewQueries.all(scope), 'region'] as const,
      queryFn: async ({ signal }) =>
        (await call('DescribeRegion', { Region: scope.region }, { signal })).Infos.find((r) => r.Region === scope.region) ?? null,
    }),
};
