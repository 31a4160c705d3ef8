import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { ApiErrorAlert, useErrorText } from '../../../components/api-error-alert';
import { StaleDataNotice } from '../../../components/stale-data-notice';
import { TableSkeleton } from '../../../components/table-skeleton';
import { GeneratedPasswordNotice } from '../../../components/generated-password-notice';
import { takeGeneratedPassword } from '../../../entities/vm/new-vm-password';
import { usePhone } from '../../../components/use-min-width';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { createVm } from '../../../paths';
import { BulkResults } from '../bulk/bulk-results';
import { BulkToolbar } from '../bulk/bulk-toolbar';
import { ColumnChooser } from './column-chooser';
import { downloadText, EXPORT_MAX_ROWS, vmsToCsv } from './export-csv';
import { UpdatedAgo } from './updated-ago';
import { useBulkRun } from '../bulk/use-bulk-run';
import { useVisibleColumns } from './use-visible-columns';
import { useVmActionHost } from '../actions/use-vm-action-host';
import { vmColumns } from './vm-columns';
import { VmListFilters } from './vm-list-filters';
import { filtersOf, parseView, writeView, type VmListView } from '../../../entities/vm/vm-list-params';
import { vmQueries } from '../../../entities/vm/vm-queries';
import { StateChips } from './state-chips';
import { VmCardList } from './vm-card-list';
import { sortVms } from '../../../entities/vm/vm-sort';
import { VmTable } from './vm-table';
import { OwnerFilter } from './owner-filter';
import { useAllTenantsView } from './use-all-tenants-view';

export default function VmListPage() {
  const { t, language } = useT();
  const errorText = useErrorText();
  const { notification } = App.useApp();
  const scope = useScope();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const view = useMemo(() => parseView(new URLSearchParams(search)), [search]);
  const filters = useMemo(() => filtersOf(view), [view]);
  const setView = useCallback(
    (patch: Partial<VmListView>, opts: { replace?: boolean } = {}) =>
      setParams((prev) => writeView(prev, { ...parseView(prev), ...patch }), { replace: opts.replace }),
    [setParams],
  );
  const list = useQuery(vmQueries.list(scope, filters, view.page, view.pageSize));
  const [chosen, setVisible] = useVisibleColumns();
  const owners = useAllTenantsView();
  // On a phone a table of VMs would scroll sideways: cards instead.
  const phone = usePhone();
  // Taken once, when the wizard just created these VMs with a generated password.
  const [generatedPassword] = useState(() => takeGeneratedPassword(view.vmIds));
  const visible = owners.active ? chosen : chosen.filter((k) => k !== 'owner');
  const [selection, setSelection] = useState<VMInstanceInfo[]>([]);
  // The selection keeps VMs from other pages; rows on this page use their latest state.
  const selected = selection.map((s) => list.data?.vms.find((v) => v.VMID === s.VMID) ?? s);
  const host = useVmActionHost();
  const bulk = useBulkRun();
  const queryClient = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const knownProjects = useMemo(
    () => [...new Set((list.data?.vms ?? []).map((v) => v.ProjectID).filter((p): p is string => !!p))],
    [list.data],
  );
  const filtered = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));

  const exportCsv = async () => {
    setExporting(true);
    try {
      // Always a fresh read: an export must match the platform now, not a cached page.
      const { vms } = await queryClient.fetchQuery({ ...vmQueries.every(scope, filters, EXPORT_MAX_ROWS), staleTime: 0 });
      const columns = vmColumns.filter((c) => visible.includes(c.key));
      downloadText(vmsToCsv(vms, columns, t, language, owners.columnContext), `vms-${scope.region}-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      notification.error({ title: t('vms.export.failed'), description: errorText(error) });
    } finally {
      setExporting(false);
    }
  };

  let body;
  if (list.isPending) body = <TableSkeleton label={t('vms.list.loading')} columns={Math.min(visible.length, 7)} rows={Math.min(view.pageSize, 10)} />;
  else if (list.isError && !list.data) body = <ApiErrorAlert error={list.error} onRetry={() => list.refetch()} />;
  else if (list.data && list.data.total === 0 && !filtered) {
    body = (
      <Empty description={t('vms.list.empty')}>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(createVm())}>{t('nav.createVm')}</Button>
      </Empty>
    );
  } else {
    const emptyText = filtered && (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('vms.list.noMatch')}>
        <Button onClick={() => setView({ keyword: '', states: [], vpcId: '', subnetId: '', projectIds: [], vmIds: [], page: 1 })}>
          {t('vms.list.clearFilters')}
        </Button>
      </Empty>
    );
    const onPage = (page: number, pageSize: number) => setView({ page, pageSize });
    const rows = sortVms(list.data?.vms ?? [], view.sort);
    body = phone ? (
      <VmCardList
        vms={rows}
        total={list.data?.total ?? 0}
        page={view.page}
        pageSize={view.pageSize}
        columnContext={owners.columnContext}
        onPage={onPage}
        request={host.request}
        emptyText={emptyText}
      />
    ) : (
      <VmTable
        vms={rows}
        total={list.data?.total ?? 0}
        loading={list.isFetching && list.isPlaceholderData}
        sort={view.sort}
        onSort={(sort) => setView({ sort })}
        page={view.page}
        pageSize={view.pageSize}
        visible={visible}
        columnContext={owners.columnContext}
        selected={selected}
        onSelect={setSelection}
        onPage={onPage}
        request={host.request}
        emptyText={emptyText}
      />
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>{t('nav.vms')}</Typography.Title>
        <Space wrap>
          <UpdatedAgo updatedAt={list.dataUpdatedAt} fetching={list.isFetching} onRefresh={() => void list.refetch()} />
          <ColumnChooser visible={visible} onChange={setVisible} />
          <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={() => void exportCsv()}>{t('vms.export.csv')}</Button>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(createVm())}>{t('nav.createVm')}</Button>
        </Space>
      </Flex>
      <StateChips states={view.states} onChange={(states) => setView({ states, page: 1 })} />
      <Space wrap>
        {owners.active && <OwnerFilter tenants={owners.tenants} />}
        <VmListFilters view={view} knownProjects={knownProjects} onChange={setView} />
      </Space>
      {generatedPassword && <GeneratedPasswordNotice password={generatedPassword} />}
      {view.vmIds.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('vms.list.onlyIds', { count: view.vmIds.length })}
          action={<Button size="small" onClick={() => setView({ vmIds: [], page: 1 })}>{t('vms.list.showAll')}</Button>}
        />
      )}
      {list.isError && list.data && (
        <StaleDataNotice error={list.error} dataUpdatedAt={list.dataUpdatedAt} errorUpdatedAt={list.errorUpdatedAt} onRetry={() => void list.refetch()} />
      )}
      {selected.length > 0 && <BulkToolbar selected={selected} busy={!!bulk.run && !bulk.run.settled} onRun={bulk.start} tenantName={owners.active ? owners.columnContext.tenantName : undefined} />}
      {bulk.run && <BulkResults run={bulk.run} onRetry={bulk.retryFailed} onDismiss={bulk.dismiss} />}
      {view.sort && !phone && (
        <Typography.Text type="secondary" role="note">
          {t('vms.list.sortedPage')}
        </Typography.Text>
      )}
      {body}
      {host.element}
    </Space>
  );
}
