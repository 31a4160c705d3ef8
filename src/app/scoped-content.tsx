import { useQuery } from '@tanstack/react-query';
import { Skeleton, Space } from 'antd';
import { useContext } from 'react';
import { Outlet } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert';
import { TableSkeleton } from '../components/table-skeleton';
import { useT } from '../i18n/i18n-context';
import { ScopeContext } from '../entities/tenant/scope';
import { ActingBanner } from '../features/tenants/acting-banner';
import { regionsQuery } from './regions-query';

/** The page, once the scope is known; until then the wait, or the error with a retry. */
export function ScopedContent() {
  const { t } = useT();
  const scope = useContext(ScopeContext);
  const regions = useQuery(regionsQuery(undefined));
  if (!scope) {
    return regions.error ? (
      <ApiErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
    ) : (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Skeleton.Input active size="large" style={{ width: 220 }} />
        <TableSkeleton label={t('common.loading')} columns={5} rows={6} />
      </Space>
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
