import type { UserInfo } from '../../../contract/describe-user';
import { TENANT_PAGE, type TenantSearchParams } from '../../entities/tenant/tenant-queries';

/**
 * The DescribeUser calls a search needs. Keyword covers name and email where the platform supports
 * it; a number may be part of a CompanyID, so the first page is filtered locally as well, and a whole
 * CompanyID is also looked up exactly (it may sit beyond the first page).
 */
export function tenantSearchRequests(term: string): TenantSearchParams[] {
  const q = term.trim();
  if (!q) return [{ Limit: TENANT_PAGE }];
  if (/^\d+$/.test(q)) {
    const id = Number(q);
    const exact = Number.isSafeInteger(id) && id > 0 ? [{ CompanyID: id, Limit: 1 }] : [];
    return [{ Limit: TENANT_PAGE }, ...exact];
  }
  return [{ Keyword: q, Limit: TENANT_PAGE }];
}

/** Local match on name, CompanyID and email: also right when a platform ignores Keyword. */
export function matchesTenant(user: UserInfo, term: string): boolean {
  const q = term.trim().toLowerCase();
  if (!q) return true;
  return [user.Name, String(user.CompanyID), user.Email ?? ''].some((field) => field.toLowerCase().includes(q));
}

/** Recent tenants first (in the order they were used), then the rest by CompanyID; no duplicates. */
export function orderTenants(users: readonly UserInfo[], recent: readonly number[]): { recent: UserInfo[]; others: UserInfo[] } {
  const byId = new Map<number, UserInfo>();
  for (const u of users) if (!byId.has(u.CompanyID)) byId.set(u.CompanyID, u);
  const recentUsers = recent.flatMap((id) => byId.get(id) ?? []);
  const others = [...byId.values()].filter((u) => !recent.includes(u.CompanyID)).sort((a, b) => a.CompanyID - b.CompanyID);
  return { recent: recentUsers, others };
}
