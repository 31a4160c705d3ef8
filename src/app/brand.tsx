import { CloudServerOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';

/** The product name with its mark; on the dark header and on the sign-in page alike. */
export function Brand({ to = '/' }: { to?: string }) {
  const { t } = useT();
  return (
    <Link to={to} className="brand">
      <CloudServerOutlined className="brand__mark" aria-hidden />
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}
