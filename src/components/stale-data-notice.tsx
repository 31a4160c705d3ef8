import { Alert, Button } from 'antd';
import { useNow } from './use-now';
import { retryDelayAfterFailure } from '../api/read-backoff';
import { useT } from '../i18n/i18n-context';
import { useErrorText } from './api-error-alert';

interface StaleDataNoticeProps {
  error: unknown;
  /** When the data on screen was read, and when the latest read failed (a query's dataUpdatedAt, errorUpdatedAt). */
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  onRetry(): void;
}

/**
 * A background read failed but the page still has its data: the data stays, and this says how old it is,
 * why the refresh failed (RetCode and Message), and when the read tries again by itself.
 */
export function StaleDataNotice({ error, dataUpdatedAt, errorUpdatedAt, onRetry }: StaleDataNoticeProps) {
  const { t, language } = useT();
  const errorText = useErrorText();
  const now = useNow();
  const retryAt = errorUpdatedAt + retryDelayAfterFailure(dataUpdatedAt, errorUpdatedAt);
  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
  const time = new Date(dataUpdatedAt).toLocaleTimeString(language);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('error.stale.title', { time })}
      description={`${errorText(error)} ${seconds > 0 ? t('error.stale.retryIn', { seconds }) : t('error.stale.retrying')}`}
      action={<Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
