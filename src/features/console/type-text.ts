import { SHIFT_CODE, SHIFT_KEYSYM, type TextKey } from './text-keys';

export type SendKey = (keysym: number, code: string | null, down: boolean) => void;

/**
 * Types keys one at a time with a pause between them: pasting a whole script at wire speed makes
 * guests drop keys (or hang). Resolves with the number of keys typed; stops early when aborted.
 */
export async function typeKeys(
  send: SendKey,
  keys: TextKey[],
  opts: { delayMs: number; signal?: AbortSignal; onProgress?: (typed: number) => void },
): Promise<number> {
  let typed = 0;
  for (const key of keys) {
    if (opts.signal?.aborted) break;
    if (key.shift) send(SHIFT_KEYSYM, SHIFT_CODE, true);
    send(key.keysym, key.code, true);
    send(key.keysym, key.code, false);
    if (key.shift) send(SHIFT_KEYSYM, SHIFT_CODE, false);
    typed++;
    opts.onProgress?.(typed);
    if (typed < keys.length) await new Promise((resolve) => setTimeout(resolve, opts.delayMs));
  }
  return typed;
}
