import { use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { I18nContext } from './i18n-context';
import { LANGUAGES, loadMessages, type Language, type MessageKey, type Messages } from './messages';
import { translate, translateText } from './translate';

const STORAGE_KEY = 'console.language';

export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export interface LoadingLanguage {
  language: Language;
  messages: Promise<Messages>;
}

/** Starts loading the language the user last chose (or the browser's) before anything renders. */
export function startLoadingLanguage(): LoadingLanguage {
  const language = initialLanguage();
  return { language, messages: loadMessages(language) };
}

/**
 * Words the app in one language, whose messages were loaded by `startLoadingLanguage` (the entry starts that
 * fetch alongside the route's chunk and data; rendering waits for it). Switching loads the other language
 * first and then switches, so no page ever shows keys.
 */
export function I18nProvider({ initial, children }: { initial: LoadingLanguage; children: ReactNode }) {
  const first = use(initial.messages);
  const [current, setCurrent] = useState<{ language: Language; messages: Messages }>({ language: initial.language, messages: first });
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    void loadMessages(next).then((messages) => {
      document.documentElement.lang = next;
      setCurrent({ language: next, messages });
    });
  }, []);
  const value = useMemo(
    () => ({
      language: current.language,
      setLanguage,
      t: (key: MessageKey, vars?: Record<string, string | number>) => translate(current.messages, key, vars),
      text: (text: string, vars?: Record<string, string | number>) => translateText(current.messages, text, vars),
    }),
    [current, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
