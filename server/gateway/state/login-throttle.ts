export interface ThrottleOptions {
  /** Failures allowed in the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { maxFailures: 5, windowMs: 15 * 60_000 };

/**
 * Failed sign-ins per client address, in memory: a guessing client gets 429 after five failures
 * in 15 minutes. Per replica, which is enough to make guessing a 40-character key hopeless.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly opts: ThrottleOptions,
    private readonly now: () => number,
  ) {}

  /** Seconds the client must wait, or 0 when it may try. */
  retryAfterSeconds(client: string): number {
    const recent = this.recent(client);
    if (recent.length < this.opts.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.opts.windowMs - this.now()) / 1000));
  }

  fail(client: string): void {
    this.failures.set(client, [...this.recent(client), this.now()]);
    if (this.failures.size > 10_000) this.sweep();
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }

  private recent(client: string): number[] {
    const since = this.now() - this.opts.windowMs;
    return (this.failures.get(client) ?? []).filter((t) => t > since);
  }

  private sweep(): void {
    for (const client of [...this.failures.keys()]) {
      if (this.recent(client).length === 0) this.failures.delete(client);
    }
  }
}
