import { Flex, Layout, theme } from 'antd';
import { Outlet } from 'react-router';
import { signIn } from '../paths';
import { AntdProviders } from './antd-providers';
import { Brand } from './brand';
import { HeaderTheme } from './header-theme';
import { LanguageSelect } from './language-select';
import { ThemeSelect } from './theme-select';

function PublicFrame() {
  const { token } = theme.useToken();
  return (
    <Layout className="public-frame" style={{ background: token.colorBgLayout }}>
      <Layout.Header className="app-header">
        <HeaderTheme>
          <Brand to={signIn()} />
          <span className="app-header__spacer" />
          <Flex gap={8}>
            <LanguageSelect />
            <ThemeSelect />
          </Flex>
        </HeaderTheme>
      </Layout.Header>
      <Layout.Content className="public-frame__content">
        <div className="public-frame__main">
          <Outlet />
        </div>
      </Layout.Content>
    </Layout>
  );
}

/** The frame of the pages usable without a session (sign-in): product name, language and theme. */
export default function PublicLayout() {
  return (
    <AntdProviders>
      <PublicFrame />
    </AntdProviders>
  );
}
