import type { Handler } from '../handler';
import { pagedQuery, Where } from '../store/paged-query';

export const describeVPC: Handler<'DescribeVPC'> = ({ db, params, companyId }) => {
  const where = new Where()
    .add('v.region = ?', params.Region)
    .eqIf('v.company_id', companyId)
    .inIf('v.vpc_id', params.VPCIDs)
    .likeIf(['v.name', 'v.vpc_id'], params.Keyword);
  const { total, rows } = pagedQuery<{ vpc_id: string; name: string; network: string; state: string; subnets: number }>(db, {
    select: 'v.vpc_id, v.name, v.network, v.state, (SELECT COUNT(*) FROM subnets s WHERE s.vpc_id = v.vpc_id) AS subnets',
    from: 'vpcs v',
    where,
    orderBy: 'v.created_at, v.vpc_id',
    offset: params.Offset,
    limit: params.Limit,
  });
  const Infos = rows.map((r) => ({
    VPCID: r.vpc_id,
    Name: r.name,
    Network: r.network,
    State: r.state,
    SubnetCount: r.subnets,
  }));
  return { TotalCount: total, Infos };
};
