import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { GetVMInstancePriceRequest } from '../../../contract/get-vm-instance-price';
import { scopeParams, type ScopeKey } from '../../entities/tenant/scope';

const LOOKUP_STALE_MS = 60_000;
const PAGE = { Limit: 100 } as const;

/**
 * The wizard's reads, keyed generic -> specific with the tenant and region, so a lookup made for
 * one tenant is never shown for another. Every call passes the tenant the VM is for.
 */
export const createVmQueries = {
  all: (s: ScopeKey) => ['create-vm', s.companyId, s.region] as const,
  storageTypes: (s: ScopeKey) =>
    queryOptions({
      queryKey: [...createVmQueries.all(s), 'storage-types'],
      queryFn: ({ signal }) => call('DescribeStorageType', scopeParams(s), { signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
  securityGroups: (s: ScopeKey) =>
    queryOptions({
      queryKey: [...createVmQueries.all(s), 'security-groups'],
      queryFn: ({ signal }) => call('DescribeSecurityGroup', { ...scopeParams(s), ...PAGE }, { signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
  /** The tenant's public IPs: the lines (OperatorName) seen there are offered as suggestions. */
  eips: (s: ScopeKey) =>
    queryOptions({
      queryKey: [...createVmQueries.all(s), 'eips'],
      queryFn: ({ signal }) => call('DescribeEIP', { ...scopeParams(s), ...PAGE }, { signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
  /** Admin only: the tenants a VM can be created for. */
  tenants: (region: string) =>
    queryOptions({
      queryKey: ['create-vm', 'tenants', region],
      queryFn: ({ signal }) => call('DescribeUser', { Region: region, ...PAGE }, { signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
  /**
   * Keeps the last figure on screen while the next one loads, so the panel never flickers. The answer
   * carries the request it prices, so the period shown always matches the figure.
   */
  price: (req: GetVMInstancePriceRequest | null) =>
    queryOptions({
      queryKey: ['create-vm', req?.CompanyID, req?.Region, 'price', req],
      queryFn: req
        ? async ({ signal }) => ({ request: req, reply: await call('GetVMInstancePrice', req, { signal }) })
        : skipToken,
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
};
