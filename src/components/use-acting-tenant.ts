import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';
import { useScope } from './scope-context';
import { useMe } from './session-context';

/**
 * The tenant an admin is acting for, named for banners and confirmations
 * ("Stop 3 VMs of Demo tenant (200000001)?"). Null for tenants and for the admin's all-tenants view.
 */
export function useActingTenant(): { companyId: number; label: string } | null {
  const me = useMe();
  const { companyId } = useScope();
  const user = useQuery({
    queryKey: ['tenants', 'detail', companyId],
    queryFn: ({ signal }) => call('DescribeUser', { CompanyID: companyId, Limit: 1 }, { signal }),
    enabled: me.IsAdmin && companyId !== undefined,
    staleTime: 5 * 60_000,
  });
  if (!me.IsAdmin || companyId === undefined) return null;
  const name = user.data?.Infos.find((u) => u.CompanyID === companyId)?.Name;
  return { companyId, label: name ? `${name} (${companyId})` : String(companyId) };
}
