import en from './en-US';
import type { Language, Messages } from './messages';
import zh from './zh-CN';

/** Both languages at once, for tests that compare them; the app loads one (loadMessages). */
export const messages: Record<Language, Messages> = { 'en-US': en, 'zh-CN': zh };
