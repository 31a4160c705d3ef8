import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { signOut } from '../features/auth/sign-out';
import { useT } from '../i18n/i18n-context';
import { signIn } from '../paths';
import { leaveSession, sessionShown } from './session-leaving';

/** Signs out, leaves the shell, and drops every cached answer of this account. */
export function useSignOut(): () => Promise<void> {
  const { t } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async () => {
    leaveSession();
    try {
      // Reads in flight would answer 401 once the session is gone; they are for a page being left.
      await queryClient.cancelQueries();
      await signOut();
    } catch {
      sessionShown();
      message.error(t('error.network'));
      return;
    }
    // The gate, still mounted while the sign-in chunk loads, waits instead of redirecting (session-leaving.ts).
    navigate(signIn(), { replace: true });
    queryClient.clear();
  };
}
