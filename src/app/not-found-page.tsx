import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      extra={<Link to="/"><Button type="primary">{t('notFound.back')}</Button></Link>}
    />
  );
}
