import { createContext, useContext } from 'react';

/**
 * Where the user is working: the region, and for an admin the tenant acted on (undefined = the
 * admin's own view of all tenants). Every query key and every call includes it.
 */
export interface Scope {
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

/** The scope as call parameters: `{ Region, CompanyID? }`. */
export function scopeParams(scope: Pick<Scope, 'region' | 'companyId'>): { Region: string; CompanyID?: number } {
  return scope.companyId === undefined ? { Region: scope.region } : { Region: scope.region, CompanyID: scope.companyId };
}
