import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useNow } from '../../../components/use-now';
import { useT } from '../../../i18n/i18n-context';

/** "Updated N s ago" from a query's dataUpdatedAt, ticking each second, with a refresh button. */
export function UpdatedAgo({ updatedAt, fetching, onRefresh }: { updatedAt: number; fetching: boolean; onRefresh(): void }) {
  const { t } = useT();
  const now = useNow();
  const seconds = updatedAt ? Math.max(0, Math.round((now - updatedAt) / 1000)) : 0;
  return (
    <Space>
      {updatedAt > 0 && <Typography.Text type="secondary">{t('common.updatedAgo', { seconds })}</Typography.Text>}
      <Button icon={<ReloadOutlined spin={fetching} aria-hidden />} onClick={onRefresh}>
        {t('common.refresh')}
      </Button>
    </Space>
  );
}
