import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useScope } from '../../entities/tenant/scope';
import { vmQueries } from '../../entities/vm/vm-queries';
import { useT } from '../../i18n/i18n-context';
import { vmDetail } from '../../paths';
import { ConsolePanel } from './console-panel';

/** `/vms/:id/console`: the console on a page of its own, for a second window or a big screen. */
export default function ConsolePage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const scope = useScope();
  const vm = useQuery(vmQueries.detail(scope, id));
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={16} wrap>
        <Link to={vmDetail(id)}>
          <ArrowLeftOutlined /> {t('console.backToVm')}
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('console.pageTitle', { name: vm.data?.Name ?? id })}
        </Typography.Title>
      </Flex>
      {vm.isPending && <Skeleton active />}
      {vm.error && <ApiErrorAlert error={vm.error} onRetry={() => vm.refetch()} />}
      {vm.data === null && <Alert type="warning" showIcon title={t('console.notFound', { id })} />}
      {vm.data && <ConsolePanel vm={vm.data} fullPage />}
    </Flex>
  );
}
