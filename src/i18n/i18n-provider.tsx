import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { I18nContext } from './i18n-context';
import { loadMessages, type Language, type MessageKey, type Messages } from './messages';
import { LANGUAGE_KEY, type LoadedLanguage } from './start-language';
import { translate, translateText } from './translate';

export type { LoadedLanguage };

/**
 * Words the app in one language, whose messages the entry loaded before the first render (alongside the
 * route's chunks and data): nothing suspends on them, since React holds back a Suspense boundary's content
 * for 300 ms once its fallback has shown. Switching loads the other language first and then switches, so
 * no page ever shows keys.
 */
export function I18nProvider({ initial, children }: { initial: LoadedLanguage; children: ReactNode }) {
  const [current, setCurrent] = useState<{ language: Language; messages: Messages }>(initial);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(LANGUAGE_KEY, next);
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
