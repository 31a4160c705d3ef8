/** The first automatic retry after a failed read, and the longest wait between two. */
const FIRST_MS = 5_000;
const MOST_MS = 60_000;

/**
 * How long a failed read waits before it tries again by itself: as long as the data on screen is old,
 * between 5 s and a minute. Each failure makes the data older, so the waits double (5, 10, 20, 40, 60 s)
 * without counting anything; a read that never succeeded waits the longest. Reads only: mutations never retry.
 */
export function retryDelayAfterFailure(dataUpdatedAt: number, failedAt: number): number {
  if (!dataUpdatedAt) return MOST_MS;
  return Math.min(MOST_MS, Math.max(FIRST_MS, failedAt - dataUpdatedAt));
}
