/** One key of a combination: the X11 keysym (what RFB sends) and the DOM code (QEMU's scancode path). */
export interface ComboKey {
  keysym: number;
  code: string;
}

const CTRL: ComboKey = { keysym: 0xffe3, code: 'ControlLeft' };
const ALT: ComboKey = { keysym: 0xffe9, code: 'AltLeft' };
const TAB: ComboKey = { keysym: 0xff09, code: 'Tab' };
const SUPER: ComboKey = { keysym: 0xffeb, code: 'MetaLeft' };
const fKey = (n: number): ComboKey => ({ keysym: 0xffbe + n - 1, code: `F${n}` });

export interface KeyCombo {
  id: string;
  /** Shown as is: key names are the same in every language. */
  label: string;
  keys: ComboKey[];
}

/** The combinations a browser would otherwise keep for itself (switching tabs, the OS menu, ...). */
export const KEY_COMBOS: KeyCombo[] = [
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `ctrl-alt-f${n}`, label: `Ctrl+Alt+F${n}`, keys: [CTRL, ALT, fKey(n)] })),
  { id: 'alt-tab', label: 'Alt+Tab', keys: [ALT, TAB] },
  { id: 'super', label: 'Windows', keys: [SUPER] },
];

/** Presses the keys in order and releases them in reverse, as fingers would. */
export function sendCombo(send: (keysym: number, code: string, down: boolean) => void, combo: KeyCombo): void {
  for (const key of combo.keys) send(key.keysym, key.code, true);
  for (const key of [...combo.keys].reverse()) send(key.keysym, key.code, false);
}
