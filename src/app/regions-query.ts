import { queryOptions } from '@tanstack/react-query';
import { call } from '../api/client';

export const regionsQuery = (companyId: number | undefined) =>
  queryOptions({
    queryKey: ['regions', companyId],
    queryFn: ({ signal }) => call('DescribeRegion', companyId ? { CompanyID: companyId } : {}, { signal }),
    staleTime: 60_000,
  });
