import { createContext, useContext } from 'react';
import type { Language, MessageKey } from './messages';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** Words a message key of ours. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Words a text that comes from elsewhere (a platform Message, a zod issue): a key is worded, anything else shown as it is. */
  text(text: string, vars?: Record<string, string | number>): string;
}

/** The `t` of I18n, for helpers that word things outside a component. */
export type Translate = I18n['t'];

export const I18nContext = createContext<I18n | null>(null);

export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT outside I18nProvider');
  return i18n;
}
