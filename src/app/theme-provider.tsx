import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ThemeContext, type ThemeChoice } from './theme-context';

const STORAGE_KEY = 'console.theme';
const CHOICES: readonly string[] = ['light', 'dark', 'system'];
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): ThemeChoice {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored && CHOICES.includes(stored) ? (stored as ThemeChoice) : 'system';
}

/**
 * Light or dark, following the system until the user chooses. Only the state lives here (no antd):
 * it sits in the entry chunk, while antd's ConfigProvider comes with the lazily loaded layouts.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [choice, setChoiceState] = useState<ThemeChoice>(storedChoice);
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
  return <ThemeContext.Provider value={state}>{children}</ThemeContext.Provider>;
}
