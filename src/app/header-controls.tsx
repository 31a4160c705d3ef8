import { Flex } from 'antd';
import { useContext } from 'react';
import { ScopeContext } from '../entities/tenant/scope';
import { useMe } from '../components/session-context';
import { TenantSwitch } from '../features/tenants/tenant-switch';
import { AccountMenu } from './account-menu';
import { LanguageSelect } from './language-select';
import { RegionSelect } from './region-select';
import { ThemeSelect } from './theme-select';

/**
 * The header's controls, in a row on wide screens and stacked in the drawer on narrow ones. The
 * scope is absent while the regions load (or fail): the language, theme and sign-out stay usable.
 */
export function HeaderControls({ stacked = false, withRegion = true }: { stacked?: boolean; withRegion?: boolean }) {
  const me = useMe();
  const scope = useContext(ScopeContext);
  return (
    <Flex vertical={stacked} gap={stacked ? 12 : 8} align={stacked ? 'stretch' : 'center'} wrap={!stacked}>
      {scope && me.IsAdmin && <TenantSwitch />}
      {withRegion && <RegionSelect block={stacked} />}
      <LanguageSelect block={stacked} compact={!stacked} />
      <ThemeSelect block={stacked} compact={!stacked} />
      <AccountMenu />
    </Flex>
  );
}
