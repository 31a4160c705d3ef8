import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, List, Space, Typography } from 'antd';
import { useErrorText } from '../../../components/api-error-alert';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { stateText } from '../../../entities/vm/format';
import type { BulkItem, BulkRun } from './use-bulk-run';
import { vmQueries } from '../../../entities/vm/vm-queries';

/** Follows each VM of a bulk run until it reaches the target state, with the platform's message per failure. */
export function BulkResults({ run, onRetry, onDismiss }: { run: BulkRun; onRetry(): void; onDismiss(): void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const scope = useScope();
  const target = run.action.call?.target ?? 'Running';
  const sentIds = run.items.filter((i) => i.status === 'sent').map((i) => i.vm.VMID);
  const follow = useQuery({ ...vmQueries.some(scope, sentIds), enabled: run.settled && sentIds.length > 0 });
  const reached = (item: BulkItem) => {
    if (!follow.data || follow.isPlaceholderData) return false;
    const now = follow.data.find((v) => v.VMID === item.vm.VMID);
    return target === 'gone' ? !now : now?.State === target;
  };
  const label = t(run.action.label);
  const failed = run.items.filter((i) => i.status === 'failed').length;
  const status = (item: BulkItem) => {
    if (item.status === 'failed') {
      return <Typography.Text type="danger"><CloseCircleOutlined aria-hidden /> {t('vms.bulk.failed', { message: errorText(item.error) })}</Typography.Text>;
    }
    if (item.status === 'sent' && reached(item)) {
      return <Typography.Text type="success"><CheckCircleOutlined aria-hidden /> {t('vms.bulk.done')}</Typography.Text>;
    }
    const now = follow.data?.find((v) => v.VMID === item.vm.VMID)?.State;
    const text =
      item.status === 'sent'
        ? t('vms.bulk.waiting', { state: now ? stateText(now, t) : '…', target: target === 'gone' ? t('vms.bulk.gone') : stateText(target, t) })
        : t(`vms.bulk.${item.status}`);
    return <Typography.Text><LoadingOutlined aria-hidden /> {text}</Typography.Text>;
  };
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('vms.bulk.results', { action: label })}
      title={t('vms.bulk.results', { action: label })}
      extra={
        <Space>
          {failed > 0 && run.settled && <Button size="small" onClick={onRetry}>{t('vms.bulk.retryFailed', { count: failed })}</Button>}
          <Button size="small" onClick={onDismiss} aria-label={t('vms.bulk.dismiss')}>{t('common.close')}</Button>
        </Space>
      }
    >
      <List
        size="small"
        dataSource={run.items}
        rowKey={(i) => i.vm.VMID}
        renderItem={(item) => (
          <List.Item>
            <Space wrap>
              <Typography.Text strong>{item.vm.Name}</Typography.Text>
              <Typography.Text type="secondary">{item.vm.VMID}</Typography.Text>
              {status(item)}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
