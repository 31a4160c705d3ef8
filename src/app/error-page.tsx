import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/i18n-context';

/** The router's error boundary: whatever broke, the user gets a way back. */
export function ErrorPage() {
  const { t } = useT();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('error.boundary.title')}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={<Button type="primary" href="/">{t('error.boundary.back')}</Button>}
    />
  );
}
