import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { GetVMInstancePriceRequest } from '../../../contract/get-vm-instance-price';

/**
 * The wizard's price: unlike the entity's price lookup, it keeps the last figure on screen while the
 * next one loads, so the panel never flickers, and the answer carries the request it prices, so the
 * period shown always matches the figure.
 */
export const wizardPriceQuery = (req: GetVMInstancePriceRequest | null) =>
  queryOptions({
    queryKey: ['vms', req?.CompanyID ?? null, req?.Region, 'lookup', 'wizard-price', req],
    queryFn: req ? async ({ signal }) => ({ request: req, reply: await call('GetVMInstancePrice', req, { signal }) }) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
