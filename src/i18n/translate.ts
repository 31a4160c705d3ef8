import type { MessageKey, Messages } from './messages';

type Vars = Record<string, string | number>;

// `{count, plural, one {# VM} other {# VMs}}`: the one-or-other subset of ICU plurals, which is all English
// needs (Chinese has no plural forms and writes `{count}` plainly). `#` is the number.
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  // Plain variables first, so a plural's branches may hold them (`one {{action} the VM.}`).
  const filled = text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  return filled.replace(PLURAL, (m, name: string, one: string, other: string) => {
    if (!(name in vars)) return m;
    return (Number(vars[name]) === 1 ? one : other).replaceAll('#', String(vars[name]));
  });
}

export function isMessageKey(messages: Messages, text: string): text is MessageKey {
  return Object.hasOwn(messages, text);
}

export function translate(messages: Messages, key: MessageKey, vars?: Vars): string {
  return fill(messages[key], vars);
}

/**
 * A text that may or may not be a message key: a platform Message, or a zod issue whose message is a key
 * for our own rules and the library's English for its own. Keys are worded; anything else is shown as it is.
 */
export function translateText(messages: Messages, text: string, vars?: Vars): string {
  return isMessageKey(messages, text) ? translate(messages, text, vars) : fill(text, vars);
}
