import { describe, expect, it } from 'vitest';
import { textToKeys } from './text-keys';
import { typeKeys } from './type-text';

describe('typeKeys', () => {
  it('wraps shifted keys in Shift and reports progress', async () => {
    const events: string[] = [];
    const progress: number[] = [];
    const typed = await typeKeys((k, _c, down) => events.push(`${k.toString(16)}${down ? 'v' : '^'}`), textToKeys('aA'), {
      delayMs: 1,
      onProgress: (n) => progress.push(n),
    });
    expect(typed).toBe(2);
    expect(progress).toEqual([1, 2]);
    expect(events).toEqual(['61v', '61^', 'ffe1v', '41v', '41^', 'ffe1^']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const typed = await typeKeys(() => undefined, textToKeys('abcdef'), {
      delayMs: 5,
      signal: controller.signal,
      onProgress: (n) => (n === 2 ? controller.abort() : undefined),
    });
    expect(typed).toBe(2);
  });
});
