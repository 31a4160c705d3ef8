import type { Handler } from '../handler';
import { pagedQuery, Where } from '../store/paged-query';

export const describeSecurityGroup: Handler<'DescribeSecurityGroup'> = ({ db, params, companyId }) => {
  const where = new Where()
    .add('region = ?', params.Region)
    .eqIf('company_id', companyId)
    .inIf('sg_id', params.SGIDs)
    .likeIf(['name', 'sg_id'], params.Keyword);
  const { total, rows } = pagedQuery<{ sg_id: string; name: string; status: string; rules: string }>(db, {
    select: 'sg_id, name, status, rules',
    from: 'security_groups',
    where,
    orderBy: 'created_at, sg_id',
    offset: params.Offset,
    limit: params.Limit,
  });
  const Infos = rows.map((r) => {
    const Rule = JSON.parse(r.rules) as Record<string, unknown>[];
    return { SGID: r.sg_id, Name: r.name, Status: r.status, RuleCount: Rule.length, Rule };
  });
  return { TotalCount: total, Infos };
};
