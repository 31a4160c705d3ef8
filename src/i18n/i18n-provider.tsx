import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { I18nContext } from './i18n-context';
import { LANGUAGES, type Language, type MessageKey } from './messages';
import { translate, translateText } from './translate';

const STORAGE_KEY = 'console.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);
  const value = useMemo(
    () => ({
      language,
      setLanguage,
      t: (key: MessageKey, vars?: Record<string, string | number>) => translate(language, key, vars),
      text: (text: string, vars?: Record<string, string | number>) => translateText(language, text, vars),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
