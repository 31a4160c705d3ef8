import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../../../api/client';
import type { UserInfo } from '../../../../contract/describe-user';
import { useScope } from '../../../entities/tenant/scope';
import { useMe } from '../../../components/session-context';
import type { VmColumnContext } from './vm-columns';

/**
 * An admin with no tenant selected sees every tenant's VMs: the list then shows whose each VM is
 * (the owner column) and offers a tenant filter. Names come from DescribeUser (keys stripped by the gateway).
 */
export function useAllTenantsView(): { active: boolean; tenants: UserInfo[]; columnContext: VmColumnContext } {
  const me = useMe();
  const { companyId } = useScope();
  const active = me.IsAdmin && companyId === undefined;
  const users = useQuery({
    queryKey: ['tenants', 'list', 'owners'],
    queryFn: ({ signal }) => call('DescribeUser', { Limit: 100 }, { signal }),
    enabled: active,
    staleTime: 5 * 60_000,
  });
  const tenants = useMemo(() => users.data?.Infos ?? [], [users.data]);
  const columnContext = useMemo(() => {
    const names = new Map(tenants.map((u) => [u.CompanyID, u.Name]));
    return { tenantName: (id: number) => names.get(id) };
  }, [tenants]);
  return { active, tenants, columnContext };
}
