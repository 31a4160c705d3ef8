import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { overview, VM_LIST_PATH, vmList } from '../paths';
import { Brand } from './brand';
import { HeaderControls } from './header-controls';
import { HeaderTheme } from './header-theme';

function useNavItems() {
  const { t } = useT();
  const { pathname } = useLocation();
  const selected = pathname.startsWith(VM_LIST_PATH) ? VM_LIST_PATH : pathname === overview() ? overview() : '';
  const items = [
    { key: overview(), label: <Link to={overview()}>{t('nav.overview')}</Link> },
    { key: VM_LIST_PATH, label: <Link to={vmList()}>{t('nav.vms')}</Link> },
  ];
  return { items, selected };
}

/**
 * Product name, navigation and controls. Below the `xl` breakpoint (an admin's header also holds
 * the tenant switch) the navigation and controls move into a drawer, so nothing is squeezed.
 */
export function AppHeader() {
  const { t } = useT();
  const wide = Grid.useBreakpoint().xl !== false;
  const [open, setOpen] = useState(false);
  const { items, selected } = useNavItems();
  return (
    <>
      <Layout.Header className="app-header">
        <HeaderTheme>
          <Brand />
          {wide ? (
            <>
              <nav aria-label={t('nav.main')} className="app-header__nav">
                <Menu theme="dark" mode="horizontal" selectedKeys={[selected]} items={items} />
              </nav>
              <HeaderControls />
            </>
          ) : (
            <>
              <span className="app-header__spacer" />
              <Button
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('header.openMenu')}
                aria-expanded={open}
                onClick={() => setOpen(true)}
              />
            </>
          )}
        </HeaderTheme>
      </Layout.Header>
      {!wide && (
        // Outside the header's dark theme: the drawer follows the page's theme.
        <Drawer open={open} onClose={() => setOpen(false)} title={t('app.name')} size={300} placement="right">
          <nav aria-label={t('nav.main')}>
            <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={() => setOpen(false)} />
          </nav>
          <div style={{ marginTop: 16 }}>
            <HeaderControls stacked />
          </div>
        </Drawer>
      )}
    </>
  );
}
