import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert';
import { ScopeContext } from '../components/scope-context';
import { useMe } from '../components/session-context';
import { regionsQuery } from './regions-query';

const REGION_KEY = 'console.region';

function parseCompany(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * Region (remembered) and, for admins, the tenant acted on. The tenant lives in the URL
 * (`?company=`) so links and reloads keep it; an in-app link without it keeps the current one.
 */
export function ScopeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const urlCompany = me.IsAdmin ? parseCompany(params.get('company')) : undefined;
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
  const [region, setRegion] = useState(() => localStorage.getItem(REGION_KEY) ?? '');
  const known = regions.data?.Infos.map((r) => r.Region) ?? [];
  const effectiveRegion = known.includes(region) ? region : (known[0] ?? '');
  const scope = useMemo(
    () => ({
      region: effectiveRegion,
      companyId: company,
      setRegion: (next: string) => {
        localStorage.setItem(REGION_KEY, next);
        setRegion(next);
      },
    }),
    [effectiveRegion, company],
  );
  if (regions.isPending) return <Spin style={{ margin: 48 }} />;
  if (regions.error) return <ApiErrorAlert error={regions.error} onRetry={() => regions.refetch()} />;
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}
