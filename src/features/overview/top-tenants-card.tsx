import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { Table } from 'antd';
import { Link } from 'react-router';
import { tenantQueries } from '../../entities/tenant/tenant-queries';
import { useT } from '../../i18n/i18n-context';
import { overview } from '../../paths';
import { CappedNote } from './capped-note';
import { topTenants } from './overview-figures';
import type { VmSample } from '../../entities/vm/vm-queries';
import { QueryCard } from './query-card';

/** In the all-tenants view: the tenants with the most VMs, each a link that switches to it. */
export function TopTenantsCard({ sample }: { sample: UseQueryResult<VmSample> }) {
  const { t } = useT();
  const top = topTenants(sample.data?.vms ?? []);
  const names = useQueries({
    queries: top.map((row) => tenantQueries.detail(row.companyId)),
    combine: (results) => results.map((r) => r.data?.Name),
  });
  const rows = top.map((row, i) => ({ ...row, name: names[i] }));
  return (
    <QueryCard title={t('overview.tenants.title')} query={sample}>
      {(data) => (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="companyId"
            dataSource={rows}
            columns={[
              {
                title: t('overview.tenants.tenant'),
                key: 'tenant',
                render: (_, row) => <Link to={overview({ company: row.companyId })}>{`${row.name ?? t('overview.tenants.unnamed')} (${row.companyId})`}</Link>,
              },
              { title: t('overview.tenants.email'), dataIndex: 'email', render: (email?: string) => email ?? '—' },
              { title: t('overview.tenants.vms'), dataIndex: 'vms', align: 'right' },
            ]}
          />
          <CappedNote sample={data} />
        </>
      )}
    </QueryCard>
  );
}
