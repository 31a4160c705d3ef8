import { ConfigProvider, App as AntdApp } from 'antd';
import enUS from 'antd/es/locale/en_US';
import type { Locale } from 'antd/es/locale';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { contrastTheme } from './contrast-theme';
import { useTheme } from './theme-context';
import { useReducedMotion } from './use-reduced-motion';

/**
 * antd's theme and locale, following our theme and language. The layouts wrap themselves in it, so
 * antd loads with the first layout chunk, not with the entry. The Chinese locale table is fetched
 * only when Chinese is chosen (it is larger than the rest of the layout's own code). A user who asks
 * the system for reduced motion gets none of antd's animations.
 */
export function AntdProviders({ children }: { children: ReactNode }) {
  const { language } = useT();
  const { dark } = useTheme();
  const reducedMotion = useReducedMotion();
  const [zhCN, setZhCN] = useState<Locale | null>(null);
  useEffect(() => {
    if (language !== 'zh-CN' || zhCN) return;
    let live = true;
    void import('antd/es/locale/zh_CN').then((m) => live && setZhCN(m.default));
    return () => {
      live = false;
    };
  }, [language, zhCN]);
  return (
    <ConfigProvider
      locale={language === 'zh-CN' && zhCN ? zhCN : enUS}
      theme={contrastTheme(dark, reducedMotion)}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
