import { queryOptions, skipToken } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { GetVMInstancePriceRequest } from '../../../contract/get-vm-instance-price';
import { scopeParams, type ScopeKey } from '../tenant/scope';

const base = (scope: ScopeKey) => ['vms', scope.companyId ?? null, scope.region, 'lookup'] as const;
// Lookups change rarely; the global invalidation after a mutation still refreshes them.
const staleTime = 60_000;

/**
 * Reference data the list filters, the action dialogs and the create wizard share: one key and one
 * shape (the `Infos` list) per lookup, so the wizard and the VM pages read the same cache entries.
 */
export const lookupQueries = {
  vpcs: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...base(scope), 'vpcs'] as const,
      queryFn: async ({ signal }) => (await call('DescribeVPC', { ...scopeParams(scope), Limit: 100 }, { signal })).Infos,
      staleTime,
    }),
  subnets: (scope: ScopeKey, vpcId: string) =>
    queryOptions({
      queryKey: [...base(scope), 'subnets', vpcId] as const,
      queryFn: vpcId
        ? async ({ signal }) => (await call('DescribeSubnet', { ...scopeParams(scope), VPCID: vpcId, Limit: 100 }, { signal })).Infos
        : skipToken,
      staleTime,
    }),
  images: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...base(scope), 'images'] as const,
      queryFn: async ({ signal }) => (await call('DescribeImage', { ...scopeParams(scope), Limit: 100 }, { signal })).Infos,
      staleTime,
    }),
  vmTypes: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...base(scope), 'vmTypes'] as const,
      queryFn: async ({ signal }) => (await call('DescribeVMType', { ...scopeParams(scope) }, { signal })).Infos,
      staleTime,
    }),
  storageTypes: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...base(scope), 'storageTypes'] as const,
      queryFn: async ({ signal }) => (await call('DescribeStorageType', { ...scopeParams(scope) }, { signal })).Infos,
      staleTime,
    }),
  securityGroups: (scope: ScopeKey) =>
    queryOptions({
      queryKey: [...base(scope), 'securityGroups'] as const,
      queryFn: async ({ signal }) => (await call('DescribeSecurityGroup', { ...scopeParams(scope), Limit: 100 }, { signal })).Infos,
      staleTime,
    }),
  /** The public IPs bound to one VM, or (without `vmId`) every one of the tenant's. */
  eips: (scope: ScopeKey, vmId?: string) =>
    queryOptions({
      queryKey: [...base(scope), 'eips', vmId ?? null] as const,
      queryFn: async ({ signal }) =>
        (await call('DescribeEIP', { ...scopeParams(scope), BindResourceID: vmId, Limit: 100 }, { signal })).Infos,
      // A VM's own IPs are read fresh for its dialog; the tenant's list is reference data.
      ...(vmId === undefined && { staleTime }),
    }),
  price: (scope: ScopeKey, params: Omit<GetVMInstancePriceRequest, 'Region' | 'CompanyID'> | null) =>
    queryOptions({
      queryKey: [...base(scope), 'price', params] as const,
      queryFn: params
        ? async ({ signal }) => (await call('GetVMInstancePrice', { ...scopeParams(scope), ...params }, { signal })).Infos[0]?.Price ?? null
        : skipToken,
      staleTime,
    }),
};
