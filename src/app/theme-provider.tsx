import { ConfigProvider, theme as antdTheme, App as AntdApp } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { ThemeContext, type ThemeChoice } from './theme-context';

const STORAGE_KEY = 'console.theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Light or dark, following the system until the user chooses; antd's locale follows the language. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language } = useT();
  const [choice, setChoiceState] = useState<ThemeChoice>(
    () => (localStorage.getItem(STORAGE_KEY) as ThemeChoice | null) ?? 'system',
  );
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
  const state = useMemo(
    () => ({
      choice,
      dark,
      setChoice: (next: ThemeChoice) => {
        localStorage.setItem(STORAGE_KEY, next);
        setChoiceState(next);
      },
    }),
    [choice, dark],
  );
  return (
    <ThemeContext.Provider value={state}>
      <ConfigProvider
        locale={language === 'zh-CN' ? zhCN : enUS}
        theme={{ algorithm: dark ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm }}
      >
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </ThemeContext.Provider>
  );
}
