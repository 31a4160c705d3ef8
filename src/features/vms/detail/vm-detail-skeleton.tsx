import { Flex, Skeleton, Space } from 'antd';
import { useT } from '../../../i18n/i18n-context';

/** The detail page's shape while the VM loads: name and state, the action bar, the tabs and the overview. */
export function VmDetailSkeleton() {
  const { t } = useT();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} role="status" aria-label={t('vms.detail.loading')} aria-busy="true">
      <Skeleton.Input active size="small" style={{ width: 120 }} />
      <Flex gap={12} align="center">
        <Skeleton.Input active size="large" style={{ width: 240 }} />
        <Skeleton.Button active size="small" />
      </Flex>
      <Flex gap={8} wrap>
        {Array.from({ length: 6 }, (_, i) => <Skeleton.Button key={i} active />)}
      </Flex>
      <Flex gap={24}>
        {Array.from({ length: 5 }, (_, i) => <Skeleton.Input key={i} active size="small" style={{ width: 72 }} />)}
      </Flex>
      <Skeleton active title={false} paragraph={{ rows: 8 }} />
    </Space>
  );
}
