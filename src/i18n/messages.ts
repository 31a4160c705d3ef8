import type en from './en-US';

// One file per feature and language keeps edits apart; each zh-CN file is typed against its
// en-US twin, so a key missing in either language fails the typecheck.
export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: Language[] = ['zh-CN', 'en-US'];

/** Only the language in use is downloaded: each language is its own chunk. */
export async function loadMessages(language: Language): Promise<Messages> {
  const loaded = language === 'zh-CN' ? await import('./zh-CN') : await import('./en-US');
  return loaded.default;
}
