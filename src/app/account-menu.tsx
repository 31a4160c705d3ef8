import { CrownOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useMe } from '../components/session-context';
import { useT } from '../i18n/i18n-context';
import { useSignOut } from './use-sign-out';

/** The signed-in account and its role; the menu shows the key it signed in with, and signs out. */
export function AccountMenu() {
  const { t } = useT();
  const me = useMe();
  const signOut = useSignOut();
  const role = t(me.IsAdmin ? 'role.admin' : 'role.tenant');
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: t('header.account.signedInAs'),
            children: [
              { key: 'key', disabled: true, label: <span className="account-menu__key">{me.PublicKey}</span> },
              ...(me.CompanyID !== null
                ? [{ key: 'company', disabled: true, label: t('header.account.company', { id: me.CompanyID }) }]
                : []),
            ],
          },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('header.signOut'), onClick: () => void signOut() },
        ],
      }}
    >
      <Button aria-label={t('header.account.menu', { role })}>
        {me.IsAdmin ? <CrownOutlined aria-hidden /> : <UserOutlined aria-hidden />}
        <span>{role}</span>
        <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
