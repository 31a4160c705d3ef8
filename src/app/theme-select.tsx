import { DesktopOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useT } from '../i18n/i18n-context';
import { useTheme, type ThemeChoice } from './theme-context';

export const THEME_ICONS = { light: <SunOutlined aria-hidden />, dark: <MoonOutlined aria-hidden />, system: <DesktopOutlined aria-hidden /> };
const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * System / light / dark. In the header it shows only the choice's icon (the bar is crowded; the
 * accessible name and the tooltip still say it); in the drawer, icon and word.
 */
export function ThemeSelect({ block = false, compact = false, opened = false }: { block?: boolean; compact?: boolean; opened?: boolean }) {
  const { t } = useT();
  const theme = useTheme();
  return (
    <Select<ThemeChoice>
      aria-label={t('header.theme')}
      title={`${t('header.theme')}: ${t(`header.theme.${theme.choice}`)}`}
      value={theme.choice}
      onChange={theme.setChoice}
      style={{ width: block ? '100%' : compact ? 68 : 132 }}
      popupMatchSelectWidth={false}
      // Mounted in place of the sign-in page's plain button the user just pressed: open, with the focus.
      defaultOpen={opened}
      autoFocus={opened}
      labelRender={compact ? ({ value }) => THEME_ICONS[value as ThemeChoice] : undefined}
      options={CHOICES.map((c) => ({
        value: c,
        label: (
          <span className="option-with-icon">
            {THEME_ICONS[c]} {t(`header.theme.${c}`)}
          </span>
        ),
      }))}
    />
  );
}
