import type { Handler } from '../handler';
import { pagedQuery, Where } from '../store/paged-query';

export const describeSubnet: Handler<'DescribeSubnet'> = ({ db, params, companyId }) => {
  const where = new Where()
    .add('region = ?', params.Region)
    .eqIf('company_id', companyId)
    .eqIf('vpc_id', params.VPCID)
    .inIf('subnet_id', params.SubnetIDs);
  const { total, rows } = pagedQuery<{ subnet_id: string; vpc_id: string; name: string; network: string; state: string }>(db, {
    select: 'subnet_id, vpc_id, name, network, state',
    from: 'subnets',
    where,
    orderBy: 'created_at, subnet_id',
    offset: params.Offset,
    limit: params.Limit,
  });
  const Infos = rows.map((r) => ({
    SubnetID: r.subnet_id,
    VPCID: r.vpc_id,
    Name: r.name,
    Network: r.network,
    State: r.state,
  }));
  return { TotalCount: total, Infos };
};
