import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { authConfigQuery } from '../../api/auth-config-query';
import { DemoAccounts } from './demo-accounts';
import { KeyPairForm } from './key-pair-form';
import { signInErrorText } from './sign-in-error-text';
import { useSignIn } from './use-sign-in';

/**
 * Sign-in with an API key pair, or (simulator only) with a demo account in one click. Plain elements and
 * global.css, no antd: a signed-out first visit loads React, the router and this page only (issue 14).
 */
export default function SignInPage() {
  const i18n = useT();
  const { t } = i18n;
  const [params] = useSearchParams();
  const config = useQuery(authConfigQuery);
  const signIn = useSignIn();
  const demoAccounts = config.data?.DemoAccounts ?? [];
  const pendingDemo = signIn.isPending && signIn.variables.kind === 'demo' ? signIn.variables.account : undefined;

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('app.name')}`;
  }, [t]);

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <div>
        <h1 id="sign-in-title" className="sign-in__title">{t('auth.title')}</h1>
        <p className="sign-in__muted">{t('auth.subtitle')}</p>
      </div>
      {params.get('expired') === '1' && !signIn.isError && (
        <div className="notice notice--warning" role="status">
          {t('auth.expired')}
        </div>
      )}
      {signIn.isError && (
        <div className="notice notice--error" role="alert">
          {signInErrorText(signIn.error, i18n)}
        </div>
      )}
      <KeyPairForm pending={signIn.isPending && signIn.variables.kind === 'keys'} onSubmit={(keys) => signIn.mutate({ kind: 'keys', keys })} />
      {demoAccounts.length > 0 && (
        <>
          <div className="sign-in__or" role="separator">
            {t('auth.or')}
          </div>
          <DemoAccounts
            accounts={demoAccounts}
            pending={pendingDemo}
            disabled={signIn.isPending}
            onSignIn={(account) => signIn.mutate({ kind: 'demo', account })}
          />
        </>
      )}
    </section>
  );
}
