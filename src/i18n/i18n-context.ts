import { createContext, useContext } from 'react';
import type { Language } from './messages';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** Words a message key; a text that is not a key (a platform Message) is shown as it is. */
  t(key: string, vars?: Record<string, string | number>): string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT outside I18nProvider');
  return i18n;
}
