import { CrownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { DemoAccount } from '../../../contract/gateway-auth';

interface DemoAccountsProps {
  accounts: DemoAccount[];
  /** The account being signed in with, if any. */
  pending: string | undefined;
  disabled: boolean;
  onSignIn(account: DemoAccount['Account']): void;
}

/** One-click sign-in with the simulator's built-in accounts (offered only with the simulator). */
export function DemoAccounts({ accounts, pending, disabled, onSignIn }: DemoAccountsProps) {
  const { t } = useT();
  return (
    <section aria-labelledby="demo-accounts-title">
      <Typography.Title level={5} id="demo-accounts-title" style={{ marginTop: 0 }}>
        {t('auth.demo.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.demo.note')}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {accounts.map((a) => (
          <Button
            key={a.Account}
            block
            size="large"
            icon={a.Account === 'admin' ? <CrownOutlined aria-hidden /> : <UserOutlined aria-hidden />}
            loading={pending === a.Account}
            disabled={disabled && pending !== a.Account}
            onClick={() => onSignIn(a.Account)}
            style={{ justifyContent: 'flex-start' }}
          >
            {t('auth.demo.signInAs', { label: t(`auth.demo.${a.Account}`) })}
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
              {t(a.Account === 'admin' ? 'auth.demo.role.admin' : 'auth.demo.role.tenant')}
            </Typography.Text>
          </Button>
        ))}
      </Flex>
    </section>
  );
}
