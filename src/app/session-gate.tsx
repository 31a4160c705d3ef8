import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SESSION_EXPIRED_EVENT } from '../api/client';
import { SessionContext } from '../components/session-context';
import { meQuery } from './me-query';

/**
 * Pages behind it need a session. Without one (or when a call reports the session gone) the user
 * goes to sign-in, with the page they were on kept in `next` so they come back to it.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const here = location.pathname + location.search;

  useEffect(() => {
    const onExpired = () => {
      queryClient.clear();
      navigate(`/sign-in?expired=1&next=${encodeURIComponent(here)}`, { replace: true });
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [navigate, queryClient, here]);

  if (me.isPending) return <Spin fullscreen />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(here)}`} replace />;
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
