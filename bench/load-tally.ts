import { percentile } from './stats';

/** What the load run saw: per operation, how many and how fast; every error, with the first few kept. */
export class Tally {
  private readonly times = new Map<string, number[]>();
  private readonly errorCounts = new Map<string, number>();
  readonly firstErrors: string[] = [];
  bytes = 0;

  ok(op: string, ms: number): void {
    const list = this.times.get(op) ?? [];
    list.push(ms);
    this.times.set(op, list);
  }

  error(op: string, err: unknown): void {
    this.errorCounts.set(op, (this.errorCounts.get(op) ?? 0) + 1);
    if (this.firstErrors.length < 10) this.firstErrors.push(`${op}: ${err instanceof Error ? err.message : String(err)}`);
  }

  get errors(): number {
    return [...this.errorCounts.values()].reduce((a, b) => a + b, 0);
  }

  get requests(): number {
    return [...this.times.values()].reduce((n, list) => n + list.length, 0) + this.errors;
  }

  lines(): string[] {
    const ops = [...new Set([...this.times.keys(), ...this.errorCounts.keys()])].sort();
    return ops.map((op) => {
      const t = this.times.get(op) ?? [];
      const fmt = (ms: number) => (Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(1)} ms`);
      return `  ${op.padEnd(26)} ${String(t.length).padStart(6)} ok  ${String(this.errorCounts.get(op) ?? 0).padStart(4)} errors  p50 ${fmt(percentile(t, 50))}  p99 ${fmt(percentile(t, 99))}`;
    });
  }
}

/** Times `fn` into the tally under `op`; an exception counts as an error and is not rethrown. */
export async function timed<T>(tally: Tally, op: string, fn: () => Promise<T>): Promise<T | undefined> {
  const start = performance.now();
  try {
    const value = await fn();
    tally.ok(op, performance.now() - start);
    return value;
  } catch (err) {
    tally.error(op, err);
    return undefined;
  }
}
