import type { Handler } from '../handler';
import { RetCode, SimError } from '../retcode';
import { pagedQuery, Where } from '../store/paged-query';

interface AccountRow {
  company_id: number;
  name: string;
  email: string;
  status: string;
  amount: number;
  public_key: string;
  private_key: string;
}

/**
 * Admin only. Like the real platform it also returns each tenant's key pair: that is how an admin
 * console acts as a tenant. The gateway strips the keys before anything reaches a browser.
 */
export const describeUser: Handler<'DescribeUser'> = ({ db, params, caller }) => {
  if (!caller.isAdmin) throw new SimError(RetCode.AdminOnly, 'DescribeUser is for admin accounts only');
  const where = new Where()
    .add('is_admin = 0')
    .eqIf('company_id', params.CompanyID)
    .likeIf(['name', 'email'], params.Keyword);
  const { total, rows } = pagedQuery<AccountRow>(db, {
    select: 'company_id, name, email, status, amount, public_key, private_key',
    from: 'accounts',
    where,
    orderBy: 'company_id',
    offset: params.Offset,
    limit: params.Limit,
  });
  const Infos = rows.map((r) => ({
    CompanyID: r.company_id,
    Name: r.name,
    Email: r.email,
    Status: r.status,
    Amount: r.amount,
    PublicKey: r.public_key,
    PrivateKey: r.private_key,
  }));
  return { TotalCount: total, Infos };
};
