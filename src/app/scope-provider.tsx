import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ScopeContext } from '../entities/tenant/scope';
import { useMe } from '../components/session-context';
import { regionsQuery } from './regions-query';
import { companyFromUrl, pickRegion, rememberRegion, storedRegion } from './scope-choice';

/**
 * Region (remembered) and, for admins, the tenant acted on. The tenant lives in the URL
 * (`?company=`) so links and reloads keep it; an in-app link without it keeps the current one.
 * The context is null until the regions are known.
 */
export function ScopeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const urlCompany = companyFromUrl(me.IsAdmin, params);
  const [company, setCompany] = useState(urlCompany);
  const [lastSearch, setLastSearch] = useState(location.search);
  if (location.search !== lastSearch) {
    // A navigation that names a tenant (or "all" via company=all) wins; one that names none keeps ours.
    setLastSearch(location.search);
    if (urlCompany !== undefined || params.get('company') === 'all') setCompany(urlCompany);
  }
  useEffect(() => {
    if (company !== undefined && params.get('company') !== String(company)) {
      const next = new URLSearchParams(params);
      next.set('company', String(company));
      navigate({ pathname: location.pathname, search: next.toString() }, { replace: true });
    }
  }, [company, params, location.pathname, navigate]);

  const regions = useQuery(regionsQuery(undefined));
  const [region, setRegion] = useState(storedRegion);
  const known = regions.data?.Infos.map((r) => r.Region) ?? [];
  const effectiveRegion = pickRegion(known, region);
  const scope = useMemo(
    () => ({
      region: effectiveRegion,
      companyId: company,
      setRegion: (next: string) => {
        rememberRegion(next);
        setRegion(next);
      },
    }),
    [effectiveRegion, company],
  );
  // No scope until the regions are known: the header still renders (language, theme, sign-out), and
  // ScopedContent shows the wait or the error instead of the page.
  return <ScopeContext.Provider value={regions.data ? scope : null}>{children}</ScopeContext.Provider>;
}
