import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Divider, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { authConfigQuery } from '../../api/auth-config-query';
import { DemoAccounts } from './demo-accounts';
import { KeyPairForm } from './key-pair-form';
import { signInErrorText } from './sign-in-error-text';
import { useSignIn } from './use-sign-in';

/** Sign-in with an API key pair, or (simulator only) with a demo account in one click. */
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
    <Card>
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>{t('auth.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('auth.subtitle')}</Typography.Text>
        </div>
        {params.get('expired') === '1' && !signIn.isError && (
          <Alert type="warning" showIcon title={t('auth.expired')} />
        )}
        {signIn.isError && <Alert type="error" showIcon role="alert" title={signInErrorText(signIn.error, i18n)} />}
        <KeyPairForm
          pending={signIn.isPending && signIn.variables.kind === 'keys'}
          onSubmit={(keys) => signIn.mutate({ kind: 'keys', keys })}
        />
        {demoAccounts.length > 0 && (
          <>
            <Divider plain style={{ margin: 0 }}>{t('auth.or')}</Divider>
            <DemoAccounts
              accounts={demoAccounts}
              pending={pendingDemo}
              disabled={signIn.isPending}
              onSignIn={(account) => signIn.mutate({ kind: 'demo', account })}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
