import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { isTransitional } from '../../../contract/vm-states';

/** The one VM a full-page console shows, polled quickly while it changes state (the console follows it). */
export function consoleVmQuery(scope: { Region: string; CompanyID?: number }, vmId: string) {
  return queryOptions({
    queryKey: ['vms', scope.CompanyID, scope.Region, 'console', vmId],
    queryFn: async ({ signal }) => {
      const res = await call('DescribeVMInstance', { ...scope, VMIDs: [vmId] }, { signal });
      return res.Infos.find((vm) => vm.VMID === vmId) ?? null;
    },
    refetchInterval: (q) => (isTransitional(q.state.data?.State) ? 2000 : 30000),
  });
}
