import type { UseQueryResult } from '@tanstack/react-query';
import { Descriptions, Progress, Space, Tag, Typography } from 'antd';
import type { RegionInfo } from '../../../contract/describe-region';
import { useT } from '../../i18n/i18n-context';
import { QueryCard } from './query-card';

interface Resource {
  key: 'cpu' | 'memory' | 'gpu' | 'storage';
  used: number | undefined;
  cap: number | undefined;
  /** The platform's unit to the one shown: memory comes in MB. */
  scale: number;
}

function Bar({ resource }: { resource: Resource }) {
  const { t, language } = useT();
  const label = t(`overview.capacity.${resource.key}`);
  const { used, cap, scale } = resource;
  if (used === undefined || !cap) {
    return <Typography.Text>{t('overview.capacity.notReported', { resource: label })}</Typography.Text>;
  }
  const percent = Math.round((used / cap) * 1000) / 10;
  const n = (v: number) => (Math.round((v / scale) * 10) / 10).toLocaleString(language);
  const text = t(`overview.capacity.text.${resource.key}`, { used: n(used), cap: n(cap), percent });
  return (
    <div>
      <Typography.Text>{text}</Typography.Text>
      <Progress percent={percent} status={percent >= 90 ? 'exception' : 'normal'} aria-label={text} />
    </div>
  );
}

/** The region's capacity (admins only): what is used against the total, and the licence state. */
export function RegionCapacityCard({ query }: { query: UseQueryResult<RegionInfo | null> }) {
  const { t, language } = useT();
  return (
    <QueryCard title={t('overview.capacity.title')} query={query}>
      {(region) =>
        !region ? (
          <Typography.Text>{t('overview.capacity.none')}</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Bar resource={{ key: 'cpu', used: region.CPUUsed, cap: region.CPUCount, scale: 1 }} />
            <Bar resource={{ key: 'memory', used: region.MemoryUsed, cap: region.MemoryCap, scale: 1024 }} />
            <Bar resource={{ key: 'gpu', used: region.GPUUsed, cap: region.GPUCount, scale: 1 }} />
            <Bar resource={{ key: 'storage', used: region.StorageUsed, cap: region.StorageCap, scale: 1 }} />
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('overview.capacity.license')}>
                {region.LicenseState ? <Tag>{region.LicenseState}</Tag> : t('overview.notReported')}
                {region.LicenseExpireTime !== undefined &&
                  t('overview.capacity.licenseUntil', { date: new Date(region.LicenseExpireTime * 1000).toLocaleDateString(language) })}
              </Descriptions.Item>
            </Descriptions>
          </Space>
        )
      }
    </QueryCard>
  );
}
