import { Button, Result } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { overview } from '../paths';

/** Unknown paths inside the shell: the header stays, and the way back is one click. */
export default function NotFoundPage() {
  const { t } = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text', { path: pathname })}
      extra={
        <Button type="primary" onClick={() => navigate(overview())}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
