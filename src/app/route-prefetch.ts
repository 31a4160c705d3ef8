import type { QueryClient } from '@tanstack/react-query';
import { filtersOf, parseView } from '../entities/vm/vm-list-params';
import { vmQueries } from '../entities/vm/vm-queries';
import type { ScopeKey } from '../entities/tenant/scope';
import { meQuery } from './me-query';
import { regionsQuery } from './regions-query';
import { companyFromUrl, pickRegion, storedRegion } from './scope-choice';

/**
 * Starts what a signed-in page needs as soon as the URL is known, instead of one step after another as the
 * components render: the session, then the regions, then the page's first query, while the route's chunks
 * download. The components read the same queries, so they find the answers (or the requests in flight).
 * Failures are left to the components, which show them; nothing here throws.
 */
export async function shellScope(queryClient: QueryClient, url: URL): Promise<ScopeKey | null> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!me) return null;
  const regions = await queryClient.ensureQueryData(regionsQuery(undefined));
  const region = pickRegion(regions.Infos.map((r) => r.Region), storedRegion());
  return region ? { region, companyId: companyFromUrl(me.IsAdmin, url.searchParams) } : null;
}

export async function prefetchVmList(queryClient: QueryClient, url: URL): Promise<void> {
  const scope = await shellScope(queryClient, url);
  if (!scope) return;
  const view = parseView(url.searchParams);
  await queryClient.prefetchQuery(vmQueries.list(scope, filtersOf(view), view.page, view.pageSize));
}

export async function prefetchVmDetail(queryClient: QueryClient, url: URL, id: string): Promise<void> {
  const scope = await shellScope(queryClient, url);
  if (scope) await queryClient.prefetchQuery(vmQueries.detail(scope, id));
}
