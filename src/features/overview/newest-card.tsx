import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { vmDetail } from '../../paths';
import { newestVms } from './overview-figures';
import type { VmSample } from '../../entities/vm/vm-queries';
import { QueryCard } from './query-card';
import { VmStateTag } from '../../entities/vm/vm-state-tag';

/** The five newest VMs with their state. */
export function NewestCard({ sample }: { sample: UseQueryResult<VmSample> }) {
  const { t, language } = useT();
  return (
    <QueryCard title={t('overview.newest.title')} query={sample}>
      {(data) =>
        data.vms.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.newest.none')} />
        ) : (
          <List
            size="small"
            aria-label={t('overview.newest.title')}
            dataSource={newestVms(data.vms)}
            renderItem={(vm) => (
              <List.Item>
                <Link to={vmDetail(vm.VMID)}>{vm.Name}</Link>
                <Space size={4}>
                  <VmStateTag state={vm.State} />
                  {vm.CreateTime !== undefined && (
                    <Typography.Text type="secondary">{new Date(vm.CreateTime * 1000).toLocaleString(language)}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        )
      }
    </QueryCard>
  );
}
