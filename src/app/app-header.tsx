import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu } from 'antd';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { activity, ACTIVITY_PATH, overview, VM_LIST_PATH, vmList } from '../paths';
import { useMe } from '../components/session-context';
import { Brand } from './brand';
import { HeaderControls } from './header-controls';
import { HeaderTheme } from './header-theme';
import { RegionSelect } from './region-select';
import { useMinWidth } from '../components/use-min-width';

function useNavItems() {
  const { t } = useT();
  const { pathname } = useLocation();
  const section = [VM_LIST_PATH, ACTIVITY_PATH].find((path) => pathname.startsWith(path));
  const selected = section ?? (pathname === overview() ? overview() : '');
  const items = [
    { key: overview(), label: <Link to={overview()}>{t('nav.overview')}</Link> },
    { key: VM_LIST_PATH, label: <Link to={vmList()}>{t('nav.vms')}</Link> },
    { key: ACTIVITY_PATH, label: <Link to={activity()}>{t('nav.activity')}</Link> },
  ];
  return { items, selected };
}

/** Room for everything in one row: an admin's header also holds the tenant switch. */
const ALL_INLINE_PX = { admin: 1280, tenant: 1200 };
/** Below this the navigation moves into the drawer too (phones). */
const NAV_INLINE_PX = 768;

/**
 * Product name, navigation and controls. The navigation stays in the header from tablet width up (1024 px
 * laptops included), with the region beside it; the other controls move into a drawer when the row has no
 * room for them, and on phones the navigation goes there too. The menu never folds items into "…".
 */
export function AppHeader() {
  const { t } = useT();
  const me = useMe();
  const allInline = useMinWidth(me.IsAdmin ? ALL_INLINE_PX.admin : ALL_INLINE_PX.tenant);
  const navInline = useMinWidth(NAV_INLINE_PX);
  const [open, setOpen] = useState(false);
  const { items, selected } = useNavItems();
  const nav = (
    <nav aria-label={t('nav.main')} className="app-header__nav">
      <Menu theme="dark" mode="horizontal" disabledOverflow selectedKeys={[selected]} items={items} />
    </nav>
  );
  return (
    <>
      <Layout.Header className="app-header">
        <HeaderTheme>
          <Brand />
          {navInline ? nav : <span className="app-header__spacer" />}
          {allInline ? (
            <HeaderControls />
          ) : (
            <>
              {/* Where you are stays in sight beside the navigation while the other controls are in the drawer. */}
              {navInline && <RegionSelect />}
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
      {!allInline && (
        // Outside the header's dark theme: the drawer follows the page's theme.
        <Drawer open={open} onClose={() => setOpen(false)} title={t('app.name')} size={300} placement="right">
          {!navInline && (
            <nav aria-label={t('nav.main')}>
              <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={() => setOpen(false)} />
            </nav>
          )}
          <div style={{ marginTop: 16 }}>
            <HeaderControls stacked withRegion={!navInline} />
          </div>
        </Drawer>
      )}
    </>
  );
}

