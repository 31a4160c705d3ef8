import { Alert, Button } from 'antd';
import { ApiError } from '../api/api-error';
import { useCallback } from 'react';
import { useT, type I18n } from '../i18n/i18n-context';

/** A failed call, with the platform's RetCode and Message so the user can act on it or quote it. */
export function ApiErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const i18n = useT();
  const { t } = i18n;
  const message = messageOf(error, i18n);
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

/** An error's message is the platform's Message (shown as it is) or a message key of ours (worded). */
function messageOf(error: unknown, { t, text }: Pick<I18n, 't' | 'text'>): string {
  return error instanceof Error ? text(error.message, error instanceof ApiError ? error.vars : undefined) : t('error.unknown');
}

/** One-line text of an error, for toasts and per-row results. */
export function useErrorText(): (error: unknown) => string {
  const i18n = useT();
  return useCallback(
    (error: unknown) => {
      const message = messageOf(error, i18n);
      return error instanceof ApiError && error.retCode !== undefined ? `[${error.retCode}] ${message}` : message;
    },
    [i18n],
  );
}
