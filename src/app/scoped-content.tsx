import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useContext } from 'react';
import { Outlet } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert';
import { ScopeContext } from '../entities/tenant/scope';
import { ActingBanner } from '../features/tenants/acting-banner';
import { regionsQuery } from './regions-query';

/** The page, once the scope is known; until then the wait, or the error with a retry. */
export function ScopedContent() {
  const scope = useContext(ScopeContext);
  const regions = useQuery(regionsQuery(undefined));
  if (!scope) {
    return regions.error ? (
      <ApiErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
    ) : (
      <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />
    );
  }
  return (
    <>
      <ActingBanner />
      {/* Keyed by scope: a region or tenant switch remounts the page, closing its dialogs. (No <main>
          here: antd's Layout.Content already is the main landmark.) */}
      <div key={`${scope.region}:${scope.companyId ?? 'all'}`}>
        <Outlet />
      </div>
    </>
  );
}
