import { DesktopOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useT } from '../i18n/i18n-context';
import { useTheme, type ThemeChoice } from './theme-context';

const ICONS = { light: <SunOutlined aria-hidden />, dark: <MoonOutlined aria-hidden />, system: <DesktopOutlined aria-hidden /> };
const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeSelect({ block = false }: { block?: boolean }) {
  const { t } = useT();
  const theme = useTheme();
  return (
    <Select<ThemeChoice>
      aria-label={t('header.theme')}
      value={theme.choice}
      onChange={theme.setChoice}
      style={{ width: block ? '100%' : 132 }}
      popupMatchSelectWidth={false}
      options={CHOICES.map((c) => ({
        value: c,
        label: (
          <span className="option-with-icon">
            {ICONS[c]} {t(`header.theme.${c}`)}
          </span>
        ),
      }))}
    />
  );
}
