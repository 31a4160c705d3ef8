import { createContext, useContext } from 'react';

/**
 * Where the user is working: the region, and for an admin the tenant acted on (undefined = the
 * admin's own view of all tenants). Every query key and every call includes it.
 */
interface Scope {
  region: string;
  companyId: number | undefined;
  setRegion(region: string): void;
}

export const ScopeContext = createContext<Scope | null>(null);

export function useScope(): Scope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useScope outside ScopeContext');
  return scope;
}

/** What a call and its query key depend on: the region and the tenant (none = own / all tenants). */
export type ScopeKey = Pick<Scope, 'region' | 'companyId'>;

/** The scope as call parameters: `{ Region, CompanyID? }`, the one place this mapping is written. */
export function scopeParams(scope: ScopeKey): { Region: string; CompanyID?: number } {
  return scope.companyId === undefined ? { Region: scope.region } : { Region: scope.region, CompanyID: scope.companyId };
}
