import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { retryDelayAfterFailure } from '../../api/read-backoff';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { isTransitional, type VMState } from '../../../contract/vm-states';
import { scopeParams, type ScopeKey } from '../tenant/scope';
import { describeParams, type VmListFilters } from './vm-list-params';

interface VmPage {
  total: number;
  vms: VMInstanceInfo[];
}

/** Every VM matching the filters, read page by page up to `max`; `capped` when more exist than were read. */
export interface VmSample extends VmPage {
  capped: boolean;
}

const PAGE = 100;

async function readEveryPage(scope: ScopeKey, filters: VmListFilters | undefined, max: number, signal: AbortSignal): Promise<VmSample> {
  const vms: VMInstanceInfo[] = [];
  let total = 0;
  for (let offset = 0; offset < max; offset += PAGE) {
    const res = await call(
      'DescribeVMInstance',
      { ...scopeParams(scope), ...(filters && describeParams(filters)), Offset: offset, Limit: PAGE },
      { signal },
    );
    total = res.TotalCount;
    vms.push(...res.Infos);
    if (res.Infos.length < PAGE || vms.length >= total) break;
  }
  const kept = vms.slice(0, max);
  return { vms: kept, total, capped: kept.length < total };
}

/** 2 s while anything shown is on its way somewhere, otherwise 30 s; after a failed read, its back-off. */
function pollInterval(vms: readonly VMInstanceInfo[] | undefined, state: { status: string; dataUpdatedAt: number; errorUpdatedAt: number }): number {
  if (state.status === 'error') return retryDelayAfterFailure(state.dataUpdatedAt, state.errorUpdatedAt);
  return vms?.some((vm) => isTransitional(vm.State)) ? 2000 : 30_000;
}

/** Previous rows stay on screen while the next page loads, but never across a tenant or region switch. */
function keepWithinScope<T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined, scope: ScopeKey) {
  const key = previousQuery?.queryKey;
  return key && key[1] === (scope.companyId ?? null) && key[2] === scope.region ? keepPreviousData(previous) : undefined;
}

/** Query keys go generic -> specific and include the scope, so a tenant or region switch never shows stale rows. */
export const vmQueries = {
  all: (scope: ScopeKey) => ['vms', scope.companyId ?? null, scope.region] as const,

  list: (scope: ScopeKey, filters: VmListFilters, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...vmQueries.all(scope), 'list', filters, { page, pageSize }] as const,
      queryFn: async ({ signal }): Promise<VmPage> => {
        const res = await call(
          'DescribeVMInstance',
          { ...scopeParams(scope), ...describeParams(filters), Offset: (page - 1) * pageSize, Limit: pageSize },
          { signal },
        );
        return { total: res.TotalCount, vms: res.Infos };
      },
      refetchInterval: (q) => pollInterval(q.state.data?.vms, q.state),
      placeholderData: (previous, previousQuery) => keepWithinScope(previous, previousQuery, scope),
    }),

  /** One VM, or null when it does not exist (or was deleted meanwhile). */
  detail: (scope: ScopeKey, id: string) =>
    queryOptions({
      queryKey: [...vmQueries.all(scope), 'detail', id] as const,
      queryFn: async ({ signal }): Promise<VMInstanceInfo | null> => {
        const res = await call('DescribeVMInstance', { ...scopeParams(scope), VMIDs: [id], Limit: 1 }, { signal });
        return res.Infos.find((vm) => vm.VMID === id) ?? null;
      },
      refetchInterval: (q) => pollInterval(q.state.data ? [q.state.data] : undefined, q.state),
    }),

  /**
   * Every VM (matching the filters, if any), up to `max`: the overview's aggregates and the CSV export.
   * No polling here: the overview sets its own interval, the export reads once.
   */
  every: (scope: ScopeKey, filters: VmListFilters | undefined, max: number) =>
    queryOptions({
      queryKey: [...vmQueries.all(scope), 'every', filters ?? null, max] as const,
      queryFn: ({ signal }) => readEveryPage(scope, filters, max, signal),
    }),

  /**
   * VMs in these states, from TotalCount with Limit 1: the overview's figures and the list's state chips.
   * Null when the platform ignored the States filter (the one row it returned is in another state).
   */
  stateCount: (scope: ScopeKey, states: readonly VMState[]) =>
    queryOptions({
      queryKey: [...vmQueries.all(scope), 'count', states] as const,
      queryFn: async ({ signal }): Promise<number | null> => {
        const res = await call('DescribeVMInstance', { ...scopeParams(scope), States: [...states], Limit: 1 }, { signal });
        const ignored = res.Infos.some((vm) => !(states as readonly string[]).includes(vm.State));
        return ignored ? null : res.TotalCount;
      },
    }),

  /** The VMs a bulk run follows until each settles. */
  some: (scope: ScopeKey, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...vmQueries.all(scope), 'some', ids] as const,
      queryFn: async ({ signal }) =>
        (await call('DescribeVMInstance', { ...scopeParams(scope), VMIDs: [...ids], Limit: 100 }, { signal })).Infos,
      refetchInterval: 2000,
    }),
};
