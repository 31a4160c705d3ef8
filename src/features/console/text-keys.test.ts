import { describe, expect, it } from 'vitest';
import { textToKeys } from './text-keys';

describe('textToKeys', () => {
  it('maps letters, digits and shifted characters to keysyms, codes and Shift', () => {
    expect(textToKeys('aB3!')).toEqual([
      { keysym: 0x61, code: 'KeyA', shift: false },
      { keysym: 0x42, code: 'KeyB', shift: true },
      { keysym: 0x33, code: 'Digit3', shift: false },
      { keysym: 0x21, code: 'Digit1', shift: true },
    ]);
  });

  it('turns line ends into Return, once for CRLF, and keeps tabs and spaces', () => {
    expect(textToKeys('a\r\nb\n\t ').map((k) => k.keysym)).toEqual([0x61, 0xff0d, 0x62, 0xff0d, 0xff09, 0x20]);
  });

  it('uses the Unicode keysym range beyond Latin-1 and drops control characters', () => {
    expect(textToKeys('é中\u0007')).toEqual([
      { keysym: 0xe9, code: null, shift: false },
      { keysym: 0x1004e2d, code: null, shift: false },
    ]);
  });

  it('types punctuation on its US-layout key', () => {
    expect(textToKeys('_:')).toEqual([
      { keysym: 0x5f, code: 'Minus', shift: true },
      { keysym: 0x3a, code: 'Semicolon', shift: true },
    ]);
  });
});
