import { TranslationOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useContext } from 'react';
import { useT } from '../i18n/i18n-context';
import { ScopeContext } from '../entities/tenant/scope';
import { useMe } from '../components/session-context';
import { TenantSwitch } from '../features/tenants/tenant-switch';
import { AccountMenu } from './account-menu';
import { DeferredSelect } from './deferred-select';
import { LanguageSelect, SHORT_NAMES } from './language-select';
import { RegionSelect } from './region-select';
import { useTheme } from './theme-context';
import { THEME_ICONS, ThemeSelect } from './theme-select';

// In the header row the language and theme selects start as plain buttons (deferred-select.tsx) and become
// antd's selects, open, when first used: two selects fewer to render on every first paint.
const OpenLanguageSelect = () => <LanguageSelect compact opened />;
const OpenThemeSelect = () => <ThemeSelect compact opened />;
const loadLanguageSelect = () => Promise.resolve(OpenLanguageSelect);
const loadThemeSelect = () => Promise.resolve(OpenThemeSelect);

/**
 * The header's controls, in a row on wide screens and stacked in the drawer on narrow ones. The
 * scope is absent while the regions load (or fail): the language, theme and sign-out stay usable.
 */
export function HeaderControls({ stacked = false, withRegion = true }: { stacked?: boolean; withRegion?: boolean }) {
  const { t, language } = useT();
  const theme = useTheme();
  const me = useMe();
  const scope = useContext(ScopeContext);
  return (
    <Flex vertical={stacked} gap={stacked ? 12 : 8} align={stacked ? 'stretch' : 'center'} wrap={!stacked}>
      {scope && me.IsAdmin && <TenantSwitch />}
      {withRegion && <RegionSelect block={stacked} />}
      {stacked ? (
        <>
          <LanguageSelect block />
          <ThemeSelect block />
        </>
      ) : (
        <>
          <DeferredSelect
            label={t('header.language')}
            value={<span className="option-with-icon"><TranslationOutlined aria-hidden /> {SHORT_NAMES[language]}</span>}
            width={96}
            load={loadLanguageSelect}
          />
          <DeferredSelect
            label={t('header.theme')}
            title={`${t('header.theme')}: ${t(`header.theme.${theme.choice}`)}`}
            value={THEME_ICONS[theme.choice]}
            width={68}
            load={loadThemeSelect}
          />
        </>
      )}
      <AccountMenu />
    </Flex>
  );
}
