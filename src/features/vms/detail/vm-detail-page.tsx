import { CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Result, Select, Space, Tabs, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { StaleDataNotice } from '../../../components/stale-data-notice';
import { GeneratedPasswordNotice } from '../../../components/generated-password-notice';
import { takeGeneratedPassword } from '../../../entities/vm/new-vm-password';
import { usePhone } from '../../../components/use-min-width';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { specText } from '../../../entities/vm/format';
import { createVm, vmList } from '../../../paths';
import { clearResized, useResized } from '../actions/resized-vms';
import { UpdatedAgo } from '../list/updated-ago';
import { useVmActionHost } from '../actions/use-vm-action-host';
import { VmActionBar } from '../actions/vm-action-bar';
import { VmDetailSkeleton } from './vm-detail-skeleton';
import { VmDisksTable } from './vm-disks-table';
import { VmIpsTable } from './vm-ips-table';
import { VmOverview } from './vm-overview';
import { vmQueries } from '../../../entities/vm/vm-queries';
import { VmStateTag } from '../../../entities/vm/vm-state-tag';
import { ActivityList } from '../../../entities/activity/activity-list';

const TABS = ['overview', 'disks', 'ips', 'activity', 'console'] as const;

export default function VmDetailPage({ consoleTab }: { consoleTab?: (vm: VMInstanceInfo) => ReactNode }) {
  const { t } = useT();
  const { id = '' } = useParams();
  const scope = useScope();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const detail = useQuery(vmQueries.detail(scope, id));
  const host = useVmActionHost({ onDeleted: () => navigate(vmList()) });
  const vm = detail.data;
  const resized = useResized(id);
  const phone = usePhone();
  // Taken once, when the wizard just created this VM with a generated password.
  const [generatedPassword] = useState(() => takeGeneratedPassword([id]));
  useEffect(() => {
    // Once the VM has started again the new size is in effect: the reminder has done its job.
    if (vm && resized && vm.State !== 'Stopped') clearResized(vm.VMID);
  }, [vm, resized]);

  if (detail.isPending) return <VmDetailSkeleton />;
  if (detail.isError && !vm) return <ApiErrorAlert error={detail.error} onRetry={() => detail.refetch()} />;
  if (!vm) {
    return (
      <Result
        status="404"
        title={<h2 style={{ font: 'inherit', margin: 0 }}>{t('vms.detail.notFound')}</h2>}
        subTitle={t('vms.detail.notFoundHint', { id })}
        extra={<Button type="primary" onClick={() => navigate(vmList())}>{t('vms.detail.backToList')}</Button>}
      />
    );
  }

  const showTab = (key: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (key === 'overview') next.delete('tab');
      else next.set('tab', key);
      return next;
    });
  const requested = params.get('tab');
  const tab = TABS.find((x) => x === requested && (x !== 'console' || consoleTab)) ?? 'overview';
  const items = [
    { key: 'overview', label: t('vms.tab.overview'), children: <VmOverview vm={vm} /> },
    { key: 'disks', label: t('vms.tab.disks'), children: <VmDisksTable disks={vm.DiskInfos ?? []} /> },
    { key: 'ips', label: t('vms.tab.ips'), children: <VmIpsTable ips={vm.IPInfos ?? []} /> },
    { key: 'activity', label: t('activity.title'), children: <ActivityList filters={{ companyId: scope.companyId, vmId: vm.VMID, region: scope.region }} /> },
    ...(consoleTab ? [{ key: 'console', label: t('vms.tab.console'), children: consoleTab(vm) }] : []),
  ];
  const current = items.find((i) => i.key === tab);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={vmList()}>{t('vms.detail.backToList')}</Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>{vm.Name}</Typography.Title>
          <VmStateTag state={vm.State} />
          <Typography.Text type="secondary">{specText(vm, t)}</Typography.Text>
        </Space>
        <Space wrap>
          <UpdatedAgo updatedAt={detail.dataUpdatedAt} fetching={detail.isFetching} onRefresh={() => void detail.refetch()} />
          <Button icon={<CopyOutlined aria-hidden />} onClick={() => navigate(createVm({ from: vm.VMID }))}>
            {t('vms.detail.createSimilar')}
          </Button>
        </Space>
      </Flex>
      {generatedPassword && <GeneratedPasswordNotice password={generatedPassword} />}
      <VmActionBar vm={vm} request={host.request} />
      {resized && vm.State === 'Stopped' && (
        <Alert
          type="info"
          showIcon
          title={t('vms.resize.notice', { spec: specText(vm, t) })}
          action={<Button type="primary" size="small" onClick={() => host.request('start', vm)}>{t('vms.action.start')}</Button>}
        />
      )}
      {detail.isError && (
        <StaleDataNotice error={detail.error} dataUpdatedAt={detail.dataUpdatedAt} errorUpdatedAt={detail.errorUpdatedAt} onRetry={() => void detail.refetch()} />
      )}
      {phone ? (
        // Five tabs do not fit a phone, and antd's overflow menu inside the tab list is not a tab (axe):
        // a section picker instead, with the section as a labelled region.
        <>
          <Select aria-label={t('vms.tab.choose')} value={tab} onChange={showTab} options={items.map((i) => ({ value: i.key, label: i.label }))} style={{ width: '100%' }} />
          <section aria-label={current?.label}>{current?.children}</section>
        </>
      ) : (
        <Tabs activeKey={tab} items={items} onChange={showTab} />
      )}
      {host.element}
    </Space>
  );
}
