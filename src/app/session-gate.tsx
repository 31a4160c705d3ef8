import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SESSION_EXPIRED_EVENT } from '../api/client';
import { SessionContext } from '../components/session-context';
import { useT } from '../i18n/i18n-context';
import { meQuery } from './me-query';
import { PageLoading } from './page-loading';
import { isLeavingSession, leaveSession, sessionShown } from './session-leaving';

/**
 * Pages behind it need a session. Without one (or when a call reports the session gone) the user
 * goes to sign-in, with the page they were on kept in `next` so they come back to it. The whole
 * cache goes with the session: ['me'] must not answer "signed in" (or "signed out") from memory
 * after the next sign-in, and one account's rows must never show to the next.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const here = location.pathname + location.search;

  useEffect(() => {
    const onExpired = () => {
      if (isLeavingSession()) return;
      leaveSession();
      navigate(`/sign-in?expired=1&next=${encodeURIComponent(here)}`, { replace: true });
      queryClient.clear();
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [navigate, queryClient, here]);

  const signedIn = !!me.data;
  useEffect(() => {
    if (signedIn) sessionShown();
  }, [signedIn]);

  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    return (
      <section className="plain-page" role="alert">
        <h1 className="plain-page__title">{t('error.network')}</h1>
        <div className="plain-page__actions">
          <button type="button" className="plain-button plain-button--primary" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      </section>
    );
  }
  // Leaving already: the navigation to sign-in is under way (its chunk may still be loading).
  if (!me.data) return isLeavingSession() ? <PageLoading /> : <Navigate to={`/sign-in?next=${encodeURIComponent(here)}`} replace />;
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
