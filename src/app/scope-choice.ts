/**
 * How the scope is chosen from what the browser knows: the region the user last picked (when the platform
 * still offers it) or the first one, and for an admin the tenant named in the URL. The scope provider and
 * the route prefetch (which starts a page's first query before it renders) choose alike.
 */
const REGION_KEY = 'console.region';

export function storedRegion(): string {
  return localStorage.getItem(REGION_KEY) ?? '';
}

export function rememberRegion(region: string): void {
  localStorage.setItem(REGION_KEY, region);
}

export function pickRegion(known: string[], wanted: string): string {
  return known.includes(wanted) ? wanted : (known[0] ?? '');
}

export function companyFromUrl(isAdmin: boolean, params: URLSearchParams): number | undefined {
  const value = params.get('company');
  const n = Number(value);
  return isAdmin && value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
