import { theme as antdTheme, type ThemeConfig } from 'antd';

/**
 * antd's default colours miss WCAG AA contrast (4.5:1) for small text: the blue on white (4.1),
 * secondary text (3.4), status tags (2-3), and in dark mode links, tabs and red text on near-black.
 * These tokens lift every pair the axe e2e checks (e2e/a11y.spec.ts) above 4.5:1. In dark mode a
 * colour cannot be readable both as text on the dark page and behind white text, so links and
 * tabs get a lighter blue while the primary buttons keep antd's, and the danger buttons' text is dark.
 */
const LIGHT: ThemeConfig = {
  algorithm: antdTheme.defaultAlgorithm,
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    // Hovered buttons darken (antd lightens them, below 4.5:1 behind white text).
    colorPrimaryHover: '#003eb3',
    colorLinkHover: '#003eb3',
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  // Only the tags' text: as seeds these greens and browns would also darken the tags' backgrounds.
  components: { Tag: { colorSuccess: '#237804', colorWarning: '#874d00' } },
};

const DARK: ThemeConfig = {
  algorithm: antdTheme.darkAlgorithm,
  token: {
    colorPrimaryHover: '#1a5fc4',
    colorLink: '#4096ff',
    colorLinkHover: '#69b1ff',
    colorError: '#ff7875',
    colorTextTertiary: 'rgba(255, 255, 255, 0.6)',
    colorTextDescription: 'rgba(255, 255, 255, 0.6)',
    colorTextPlaceholder: 'rgba(255, 255, 255, 0.55)',
  },
  components: {
    Tabs: { itemSelectedColor: '#4096ff', itemHoverColor: '#69b1ff', itemActiveColor: '#4096ff' },
    // The drawer's navigation (phones, 1024 px): antd's selected blue on its selected background is 2.5:1.
    Menu: { itemSelectedColor: '#69b1ff' },
    Button: { dangerColor: '#141414' },
  },
};

export function contrastTheme(dark: boolean, reducedMotion: boolean): ThemeConfig {
  const base = dark ? DARK : LIGHT;
  return reducedMotion ? { ...base, token: { ...base.token, motion: false } } : base;
}

/** The header bar is dark blue in both themes: the dark tokens, on its own background colours. */
export const HEADER_THEME: ThemeConfig = {
  ...DARK,
  token: { ...DARK.token, colorBgContainer: '#0c2744', colorBorder: '#2f4f72', colorBgElevated: '#10294a' },
};
