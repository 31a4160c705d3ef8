/**
 * The tenants an admin switched to lately, newest first. Only CompanyIDs are kept in the browser:
 * names and emails are read from the API when shown, so nothing about a tenant lingers in storage.
 */
const STORAGE_KEY = 'console.recentTenants';
const MAX_RECENT_TENANTS = 5;

export function parseRecentTenants(raw: string | null): number[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter((id): id is number => Number.isSafeInteger(id) && id > 0).slice(0, MAX_RECENT_TENANTS);
  } catch {
    return [];
  }
}

export function withRecentTenant(recent: readonly number[], companyId: number): number[] {
  return [companyId, ...recent.filter((id) => id !== companyId)].slice(0, MAX_RECENT_TENANTS);
}

export function readRecentTenants(): number[] {
  return parseRecentTenants(localStorage.getItem(STORAGE_KEY));
}

export function rememberRecentTenant(companyId: number): number[] {
  const next = withRecentTenant(readRecentTenants(), companyId);
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  return next;
}
