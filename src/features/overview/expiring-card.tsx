import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { vmDetail } from '../../paths';
import { CappedNote } from './capped-note';
import { expiringSoon } from './overview-figures';
import type { VmSample } from '../../entities/vm/vm-queries';
import { QueryCard } from './query-card';

/** Month / Year VMs expiring within 30 days; those within 7 days are marked (in words). */
export function ExpiringCard({ sample }: { sample: UseQueryResult<VmSample> }) {
  const { t, language } = useT();
  return (
    <QueryCard title={t('overview.expiring.title')} query={sample}>
      {(data) => {
        const list = expiringSoon(data.vms, Math.floor(sample.dataUpdatedAt / 1000));
        const week = list.filter((e) => e.withinWeek).length;
        return (
          <>
            <Typography.Paragraph>{t('overview.expiring.summary', { week, month: list.length })}</Typography.Paragraph>
            {list.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.expiring.none')} />
            ) : (
              <List
                size="small"
                dataSource={list.slice(0, 10)}
                renderItem={(e) => (
                  <List.Item>
                    <Link to={vmDetail(e.vm.VMID)}>{e.vm.Name}</Link>
                    <Space size={4}>
                      <Tag color={e.withinWeek ? 'error' : 'warning'}>{t(e.withinWeek ? 'overview.expiring.week' : 'overview.expiring.month')}</Tag>
                      {new Date(e.expireTime * 1000).toLocaleDateString(language)}
                    </Space>
                  </List.Item>
                )}
              />
            )}
            {list.length > 10 && <Typography.Text type="secondary">{t('overview.expiring.more', { count: list.length - 10 })}</Typography.Text>}
            <CappedNote sample={data} />
          </>
        );
      }}
    </QueryCard>
  );
}
