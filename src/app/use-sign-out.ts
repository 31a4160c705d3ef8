import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { signOut } from '../features/auth/sign-out';
import { useT } from '../i18n/i18n-context';
import { signIn } from '../paths';

/** Signs out, leaves the shell, and drops every cached answer of this account. */
export function useSignOut(): () => Promise<void> {
  const { t } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async () => {
    try {
      await signOut();
    } catch {
      message.error(t('error.network'));
      return;
    }
    // Leave first, then clear: the session gate must not refetch ['me'] for a page being left.
    navigate(signIn(), { replace: true });
    queryClient.clear();
  };
}
