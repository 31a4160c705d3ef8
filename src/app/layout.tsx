import { Layout as AntLayout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useScope } from '../components/scope-context';
import { ActingBanner } from '../features/tenants/acting-banner';
import { useT } from '../i18n/i18n-context';
import { HeaderControls } from './header-controls';
import { ScopeProvider } from './scope-provider';

function Shell() {
  const { t } = useT();
  const { pathname } = useLocation();
  const scope = useScope();
  const selected = pathname.startsWith('/vms') ? '/vms' : '/';
  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>{t('app.name')}</Typography.Text>
        <nav aria-label={t('app.name')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            items={[
              { key: '/', label: <Link to="/">{t('nav.overview')}</Link> },
              { key: '/vms', label: <Link to="/vms">{t('nav.vms')}</Link> },
            ]}
          />
        </nav>
        <HeaderControls />
      </AntLayout.Header>
      <AntLayout.Content style={{ padding: 24 }}>
        {/* Keyed by scope: a region or tenant switch remounts the page, closing its dialogs. */}
        <ActingBanner />
        <main key={`${scope.region}:${scope.companyId ?? 'all'}`}>
          <Outlet />
        </main>
      </AntLayout.Content>
    </AntLayout>
  );
}

export default function Layout() {
  return (
    <ScopeProvider>
      <Shell />
    </ScopeProvider>
  );
}
