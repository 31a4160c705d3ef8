import { useT } from '../i18n/i18n-context';

/**
 * A plain CSS spinner: shown while a page's chunk or the session loads, before antd is there
 * (importing antd's Spin here would pull antd into the entry chunk).
 */
export function PageLoading() {
  const { t } = useT();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="page-loading__spinner" aria-hidden="true" />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
