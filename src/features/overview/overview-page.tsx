import { ReloadOutlined } from '@ant-design/icons';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, Flex, Row, Space, Typography } from 'antd';
import { TRANSITIONAL_STATES } from '../../../contract/vm-states';
import { useScope } from '../../entities/tenant/scope';
import { useMe } from '../../components/session-context';
import { useT } from '../../i18n/i18n-context';
import { ExpiringCard } from './expiring-card';
import { NewestCard } from './newest-card';
import { countByState } from './overview-figures';
import { overviewQueries } from './overview-queries';
import { vmQueries } from '../../entities/vm/vm-queries';
import { QuickActionsCard } from './quick-actions-card';
import { RegionCapacityCard } from './region-capacity-card';
import { ResourcesCard } from './resources-card';
import { STATE_GROUPS } from '../../entities/vm/state-groups';
import { StateCountsCard } from './state-counts-card';
import { StuckCard } from './stuck-card';
import { TopTenantsCard } from './top-tenants-card';

const SLOW = 30_000;
const FAST = 5_000;

/** The landing page: what runs, what is stuck, what expires, what is used, for the region (and tenant) in scope. */
export default function OverviewPage() {
  const { t, language } = useT();
  const scope = useScope();
  const me = useMe();
  const queryClient = useQueryClient();

  // Every figure refreshes together, faster while any VM is on its way somewhere. Read from the cache
  // (the hooks below re-render this page whenever those entries change).
  const transitional = queryClient.getQueryData(vmQueries.stateCount(scope, TRANSITIONAL_STATES).queryKey);
  const sampleData = queryClient.getQueryData(overviewQueries.vms(scope).queryKey);
  const moving = (transitional ?? countByState(sampleData?.vms ?? [], TRANSITIONAL_STATES)) > 0;
  const refetchInterval = moving ? FAST : SLOW;

  const counts = useQueries({
    queries: STATE_GROUPS.map((g) => ({ ...vmQueries.stateCount(scope, g.states), refetchInterval })),
  });
  const sample = useQuery({ ...overviewQueries.vms(scope), refetchInterval });
  const region = useQuery({ ...overviewQueries.region(scope), refetchInterval: SLOW, enabled: me.IsAdmin });

  const updatedAt = Math.max(sample.dataUpdatedAt, ...counts.map((c) => c.dataUpdatedAt));
  const fetching = sample.isFetching || counts.some((c) => c.isFetching);
  const showTenants = me.IsAdmin && scope.companyId === undefined;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('overview.title')}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary" aria-live="polite">
            {updatedAt > 0 ? t('overview.updatedAt', { time: new Date(updatedAt).toLocaleTimeString(language) }) : t('common.loading')}
          </Typography.Text>
          <Button
            icon={<ReloadOutlined />}
            loading={fetching}
            onClick={() => {
              void queryClient.invalidateQueries({ queryKey: overviewQueries.all(scope) });
              void queryClient.invalidateQueries({ queryKey: vmQueries.all(scope) });
            }}
          >
            {t('common.refresh')}
          </Button>
        </Space>
      </Flex>
      <StateCountsCard counts={counts} sample={sample} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}><StuckCard sample={sample} /></Col>
        <Col xs={24} lg={12}><QuickActionsCard sample={sample} /></Col>
        <Col xs={24}><ResourcesCard sample={sample} /></Col>
        <Col xs={24} lg={12}><ExpiringCard sample={sample} /></Col>
        <Col xs={24} lg={12}><NewestCard sample={sample} /></Col>
        {me.IsAdmin && <Col xs={24} lg={12}><RegionCapacityCard query={region} /></Col>}
        {showTenants && <Col xs={24} lg={12}><TopTenantsCard sample={sample} /></Col>}
      </Row>
    </Space>
  );
}
