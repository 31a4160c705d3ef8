import { messages, type Language } from './messages';

export function translate(language: Language, key: string, vars?: Record<string, string | number>): string {
  const table = messages[language] as Record<string, string>;
  const text = table[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
