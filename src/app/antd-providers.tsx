import { ConfigProvider, theme as antdTheme, App as AntdApp } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { useTheme } from './theme-context';

/**
 * antd's theme and locale, following our theme and language. The layouts wrap themselves in it, so
 * antd (and its two small locale tables) load with the first layout chunk, not with the entry.
 */
export function AntdProviders({ children }: { children: ReactNode }) {
  const { language } = useT();
  const { dark } = useTheme();
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={{ algorithm: dark ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
