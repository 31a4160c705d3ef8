import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n/i18n-context';

function describe(error: unknown): string | undefined {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  return error instanceof Error ? error.message : undefined;
}

/**
 * The router's error boundary: whatever broke, the user gets a way back. Plain markup on purpose:
 * it must work when the failure is a chunk that did not load (antd included), and the links reload
 * the page so a stale or broken bundle is replaced.
 */
export function ErrorPage() {
  const { t } = useT();
  const details = describe(useRouteError());
  return (
    <section className="plain-page" role="alert" aria-labelledby="error-page-title">
      <span className="plain-page__icon" aria-hidden="true">!</span>
      <h1 id="error-page-title" className="plain-page__title">{t('error.boundary.title')}</h1>
      <p className="plain-page__text">{t('error.boundary.text')}</p>
      {details && (
        <details className="plain-page__details">
          <summary>{t('error.boundary.details')}</summary>
          <code>{details}</code>
        </details>
      )}
      <div className="plain-page__actions">
        <a className="plain-button plain-button--primary" href="/">{t('error.boundary.back')}</a>
        <button type="button" className="plain-button" onClick={() => window.location.reload()}>
          {t('error.boundary.reload')}
        </button>
      </div>
    </section>
  );
}
