import { Outlet } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { signIn } from '../paths';
import { Brand } from './brand';
import { DeferredSelect } from './deferred-select';
import { useTheme } from './theme-context';

const loadLanguageSelect = () => import('./public-header-selects').then((m) => m.OpenLanguageSelect);
const loadThemeSelect = () => import('./public-header-selects').then((m) => m.OpenThemeSelect);

/**
 * The frame of the pages usable without a session (sign-in): product name, language and theme. Plain
 * elements (issue 14): a first visit to sign-in loads no antd; the two selects load it when first used.
 */
export default function PublicLayout() {
  const { t, language } = useT();
  const theme = useTheme();
  return (
    <div className="public-frame">
      <header className="app-header public-header">
        <Brand to={signIn()} />
        <span className="app-header__spacer" />
        <div className="public-header__controls">
          <DeferredSelect label={t('header.language')} value={t(`language.${language}`)} width={132} load={loadLanguageSelect} />
          <DeferredSelect label={t('header.theme')} value={t(`header.theme.${theme.choice}`)} width={132} load={loadThemeSelect} />
        </div>
      </header>
      <main className="public-frame__content">
        <div className="public-frame__main">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
