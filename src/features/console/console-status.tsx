import { Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { RfbStatus } from './rfb-status';

const COLORS: Record<RfbStatus['kind'], string> = {
  idle: 'default',
  connecting: 'processing',
  connected: 'success',
  disconnected: 'warning',
  failed: 'error',
};

/** The status as words (never colour alone), announced politely, and the guest's desktop name. */
export function ConsoleStatus({ status, desktopName }: { status: RfbStatus; desktopName: string }) {
  const { t } = useT();
  return (
    <Space size={4}>
      <Tag color={COLORS[status.kind]} style={{ marginInlineEnd: 0 }}>
        <span role="status" aria-live="polite" aria-label={t('console.status.label')}>
          {t(`console.status.${status.kind}`)}
        </span>
      </Tag>
      {/* The name comes from the guest: rendered as text, never as markup. */}
      {status.kind === 'connected' && desktopName && (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
          {t('console.desktopName', { name: desktopName })}
        </Typography.Text>
      )}
    </Space>
  );
}
