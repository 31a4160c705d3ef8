import { LANGUAGES, loadMessages, type Language, type Messages } from './messages';

export const LANGUAGE_KEY = 'console.language';

export function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (stored && (LANGUAGES as string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export interface LoadedLanguage {
  language: Language;
  messages: Messages;
}

/** Loads the language the user last chose (or the browser's): the entry starts it before anything renders. */
export async function loadInitialLanguage(): Promise<LoadedLanguage> {
  const language = initialLanguage();
  return { language, messages: await loadMessages(language) };
}
