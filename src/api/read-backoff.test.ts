import { describe, expect, it } from 'vitest';
import { retryDelayAfterFailure } from './read-backoff';

describe('retryDelayAfterFailure', () => {
  it('waits 5 s at first, then about doubles with each failure, up to a minute', () => {
    const read = 1_000_000;
    let failedAt = read + 2_000;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const wait = retryDelayAfterFailure(read, failedAt);
      waits.push(wait);
      failedAt += wait;
    }
    expect(waits).toEqual([5_000, 7_000, 14_000, 28_000, 56_000, 60_000]);
  });

  it('waits the longest when nothing was ever read', () => {
    expect(retryDelayAfterFailure(0, 5_000)).toBe(60_000);
  });
});
