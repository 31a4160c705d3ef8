/**
 * Loopback ports for what the benchmark starts. By default the system picks free ones (0); on a machine where
 * only a range is open, BENCH_PORT_BASE=N pins them to N, N+1, ... in the order they are asked for.
 */
const base = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : null;
if (base !== null && !(Number.isInteger(base) && base > 0 && base < 65_000)) {
  throw new Error('BENCH_PORT_BASE: must be a whole number between 1 and 64999');
}
let next = 0;

/** A port to listen on: the next pinned one, or 0 (any free one). */
export function benchPort(): number {
  return base === null ? 0 : base + next++;
}

/** `count` consecutive pinned ports starting at the returned one, or `fallback` when nothing is pinned. */
export function benchPortRange(count: number, fallback: number): number {
  if (base === null) return fallback;
  const first = base + next;
  next += count;
  return first;
}
