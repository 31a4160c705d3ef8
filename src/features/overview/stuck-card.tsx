import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, List, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { TRANSITIONAL_STATES } from '../../../contract/vm-states';
import { useT } from '../../i18n/i18n-context';
import { vmDetail } from '../../paths';
import { CappedNote } from './capped-note';
import { stuckVms } from './overview-figures';
import type { VmSample } from '../../entities/vm/vm-queries';
import { QueryCard } from './query-card';
import { listLink } from '../../entities/vm/state-groups';
import { VmStateTag } from '../../entities/vm/vm-state-tag';

/** VMs transitional for over five minutes, with what to do about them. */
export function StuckCard({ sample }: { sample: UseQueryResult<VmSample> }) {
  const { t, language } = useT();
  return (
    <QueryCard title={t('overview.stuck.title')} query={sample}>
      {(data) => {
        const { stuck, unknown } = stuckVms(data.vms, Math.floor(sample.dataUpdatedAt / 1000));
        return (
          <>
            <Link to={listLink(TRANSITIONAL_STATES)} aria-label={t('overview.stuck.link', { count: stuck.length })}>
              <Statistic title={t('overview.stuck.count')} value={stuck.length} />
            </Link>
            {stuck.length > 0 && (
              <>
                <Alert type="warning" showIcon title={t('overview.stuck.hint')} style={{ margin: '12px 0' }} />
                <List
                  size="small"
                  dataSource={stuck.slice(0, 5)}
                  renderItem={(vm) => (
                    <List.Item>
                      <Link to={vmDetail(vm.VMID)}>{vm.Name}</Link>
                      <Space size={4}>
                        <VmStateTag state={vm.State} />
                        <Typography.Text type="secondary">
                          {t('overview.stuck.since', { time: new Date((vm.UpdateTime ?? 0) * 1000).toLocaleString(language) })}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              </>
            )}
            {unknown > 0 && <Typography.Paragraph type="secondary">{t('overview.stuck.unknown', { count: unknown })}</Typography.Paragraph>}
            <CappedNote sample={data} />
          </>
        );
      }}
    </QueryCard>
  );
}
