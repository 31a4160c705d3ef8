/** One character of typed text as key events: the keysym, the US-layout DOM code, and whether Shift is held. */
export interface TextKey {
  keysym: number;
  code: string | null;
  shift: boolean;
}

export const SHIFT_KEYSYM = 0xffe1;
export const SHIFT_CODE = 'ShiftLeft';

const RETURN = { keysym: 0xff0d, code: 'Enter', shift: false };
const TAB = { keysym: 0xff09, code: 'Tab', shift: false };

// US layout: the unshifted and shifted character of each key that is not a letter or digit.
const PUNCTUATION: [string, string, string][] = [
  ['`', '~', 'Backquote'], ['-', '_', 'Minus'], ['=', '+', 'Equal'], ['[', '{', 'BracketLeft'],
  [']', '}', 'BracketRight'], ['\\', '|', 'Backslash'], [';', ':', 'Semicolon'], ["'", '"', 'Quote'],
  [',', '<', 'Comma'], ['.', '>', 'Period'], ['/', '?', 'Slash'], [' ', ' ', 'Space'],
];
const SHIFTED_DIGITS = ')!@#$%^&*(';

const TABLE = new Map<string, { code: string; shift: boolean }>();
for (const [plain, shifted, code] of PUNCTUATION) {
  TABLE.set(shifted, { code, shift: plain !== shifted });
  TABLE.set(plain, { code, shift: false });
}
for (let d = 0; d < 10; d++) {
  TABLE.set(String(d), { code: `Digit${d}`, shift: false });
  TABLE.set(SHIFTED_DIGITS[d], { code: `Digit${d}`, shift: true });
}

/**
 * Turns text into key strokes. Latin-1 characters are their own keysyms; other characters use the
 * Unicode keysym range (0x1000000 + code point). Codes and Shift follow a US layout, which is what
 * QEMU's scancode path needs; a server that reads keysyms alone ignores them.
 */
export function textToKeys(text: string): TextKey[] {
  const keys: TextKey[] = [];
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    if (ch === '\n') keys.push(RETURN);
    else if (ch === '\t') keys.push(TAB);
    else if (/^[a-z]$/.test(ch)) keys.push({ keysym: ch.charCodeAt(0), code: `Key${ch.toUpperCase()}`, shift: false });
    else if (/^[A-Z]$/.test(ch)) keys.push({ keysym: ch.charCodeAt(0), code: `Key${ch}`, shift: true });
    else {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x20 || cp === 0x7f) continue;
      const known = TABLE.get(ch);
      const keysym = cp <= 0xff ? cp : 0x1000000 + cp;
      keys.push({ keysym, code: known?.code ?? null, shift: known?.shift ?? false });
    }
  }
  return keys;
}
