import type { Handler } from '../handler';
import { vmInfos } from '../store/vm-info';
import { likePattern, pagedQuery, Where } from '../store/paged-query';

/**
 * Filters and pages in SQL, newest first. The WHERE/ORDER BY match the vms_tenant_list and
 * vms_region_list indexes, so a page stays quick with 100,000 VMs; Keyword scans search_text (name,
 * id and IPs) only within the tenant's rows.
 */
export const describeVMInstance: Handler<'DescribeVMInstance'> = ({ db, params, companyId }) => {
  const where = new Where()
    .eqIf('company_id', companyId)
    .add('region = ?', params.Region)
    .add("state <> 'Deleted'")
    .eqIf('vpc_id', params.VPCID)
    .eqIf('subnet_id', params.SubnetID)
    .inIf('vm_id', params.VMIDs)
    .inIf('project_id', params.ProjectIDs)
    .inIf('state', params.States);
  if (params.Keyword) where.add("search_text LIKE ? ESCAPE '\\'", likePattern(params.Keyword));
  const { total, rows } = pagedQuery<{ vm_id: string }>(db, {
    select: 'vm_id',
    from: 'vms',
    where,
    orderBy: 'create_time DESC, vm_id DESC',
    offset: params.Offset,
    limit: params.Limit,
  });
  return { TotalCount: total, Infos: vmInfos(db, rows.map((r) => r.vm_id)) };
};
