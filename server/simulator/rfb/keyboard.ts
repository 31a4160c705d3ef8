import type { GuestInput } from './guest-console';

// X11 keysyms (RFB KeyEvent carries them; see the RFB spec's keysym appendix).
const BACKSPACE = 0xff08;
const RETURN = 0xff0d;
const KP_ENTER = 0xff8d;
const DELETE = 0xffff;
const KP_DELETE = 0xff9f;
const CONTROLS = new Set([0xffe3, 0xffe4]);
const ALTS = new Set([0xffe9, 0xffea, 0xffe7, 0xffe8]);

/** One connection's keyboard: tracks held modifiers and turns key presses into guest input. */
export class Keyboard {
  private readonly held = new Set<number>();

  key(down: boolean, keysym: number): GuestInput | null {
    if (!down) {
      this.held.delete(keysym);
      return null;
    }
    this.held.add(keysym);
    const ctrl = [...CONTROLS].some((k) => this.held.has(k));
    const alt = [...ALTS].some((k) => this.held.has(k));
    if ((keysym === DELETE || keysym === KP_DELETE) && ctrl && alt) return { kind: 'ctrl-alt-del' };
    if (keysym === BACKSPACE) return { kind: 'backspace' };
    if (keysym === RETURN || keysym === KP_ENTER) return { kind: 'enter' };
    if (keysym >= 0x20 && keysym <= 0x7e) {
      if (ctrl && !alt) return keysym === 0x63 || keysym === 0x43 ? { kind: 'interrupt' } : null;
      if (alt) return null;
      return { kind: 'char', ch: String.fromCharCode(keysym) };
    }
    return null;
  }
}
