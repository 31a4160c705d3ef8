import { useQuery } from '@tanstack/react-query';
import { useScope } from './scope';
import { useMe } from '../../components/session-context';
import { tenantQueries } from './tenant-queries';

/**
 * The tenant an admin is acting for, named for banners and confirmations
 * ("Stop 3 VMs of Demo tenant (200000001)?"). Null for tenants and for the admin's all-tenants view.
 */
export function useActingTenant(): { companyId: number; label: string } | null {
  const me = useMe();
  const { companyId } = useScope();
  const user = useQuery({
    ...tenantQueries.detail(companyId ?? 0),
    enabled: me.IsAdmin && companyId !== undefined,
  });
  if (!me.IsAdmin || companyId === undefined) return null;
  const name = user.data?.Name;
  return { companyId, label: name ? `${name} (${companyId})` : String(companyId) };
}
