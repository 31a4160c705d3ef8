import type { Handler } from '../handler';
import type { EipRow } from '../store/vm-rows';
import { pagedQuery, Where } from '../store/paged-query';

export const describeEIP: Handler<'DescribeEIP'> = ({ db, params, companyId }) => {
  const where = new Where()
    .add('region = ?', params.Region)
    .eqIf('company_id', companyId)
    .inIf('eip_id', params.EIPIDs)
    .eqIf('bind_resource_id', params.BindResourceID)
    .eqIf('ip_version', params.IPVersion);
  const { total, rows } = pagedQuery<EipRow>(db, {
    select: '*',
    from: 'eips',
    where,
    orderBy: 'created_at, eip_id',
    offset: params.Offset,
    limit: params.Limit,
  });
  const Infos = rows.map((r) => ({
    EIPID: r.eip_id,
    IP: r.ip,
    IPVersion: r.ip_version,
    Bandwidth: r.bandwidth,
    OperatorName: r.operator_name,
    Status: r.status,
    BindResourceID: r.bind_resource_id ?? '',
    ISDefaultGW: r.is_default_gw,
    // Only an EIP bound to a VM can become its default egress.
    CanDefaultGW: r.bind_resource_id ? 1 : 0,
  }));
  // The real platform spells it Totalcount here; both are sent so either kind of client finds it.
  return { TotalCount: total, Totalcount: total, Infos };
};
