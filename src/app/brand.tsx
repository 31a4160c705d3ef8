import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';

/** The product name with its mark (the favicon's cloud); on the dark header and on the sign-in page alike. */
export function Brand({ to = '/' }: { to?: string }) {
  const { t } = useT();
  return (
    <Link to={to} className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" width="22" height="22" aria-hidden>
        <rect width="32" height="32" rx="6" fill="currentColor" />
        <path d="M8 20a6 6 0 0 1 5-8 7 7 0 0 1 13 3 4 4 0 0 1-1 8H11a3 3 0 0 1-3-3z" fill="#fff" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}
