import { AntdProviders } from './antd-providers';
import { HeaderTheme } from './header-theme';
import { LanguageSelect } from './language-select';
import { ThemeSelect } from './theme-select';

// The sign-in page's header selects once first used (see deferred-select.tsx): antd's, open and focused.

export function OpenLanguageSelect() {
  return (
    <AntdProviders>
      <HeaderTheme>
        <LanguageSelect opened />
      </HeaderTheme>
    </AntdProviders>
  );
}

export function OpenThemeSelect() {
  return (
    <AntdProviders>
      <HeaderTheme>
        <ThemeSelect opened />
      </HeaderTheme>
    </AntdProviders>
  );
}
