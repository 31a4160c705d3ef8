import { Alert, Button } from 'antd';
import { ApiError } from '../api/api-error';
import { useT } from '../i18n/i18n-context';

/** A failed call, with the platform's RetCode and Message so the user can act on it or quote it. */
export function ApiErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  const message = error instanceof Error ? t(error.message, error instanceof ApiError ? error.vars : undefined) : t('error.unknown');
  const code = error instanceof ApiError && error.retCode !== undefined ? t('error.retCode', { code: error.retCode }) : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('error.title')}
      description={code ? `${code}: ${message}` : message}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

/** One-line text of an error, for toasts and per-row results. */
export function errorText(error: unknown, t: (key: string, vars?: Record<string, string | number>) => string): string {
  const message = error instanceof Error ? t(error.message, error instanceof ApiError ? error.vars : undefined) : t('error.unknown');
  return error instanceof ApiError && error.retCode !== undefined ? `[${error.retCode}] ${message}` : message;
}
