/**
 * Console tickets already redeemed, by nonce, kept until the ticket would have expired anyway. In memory,
 * so per process: the one piece of console state a shared store would have to hold for several replicas.
 */
export class UsedTickets {
  private readonly used = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  has(nonce: string): boolean {
    return this.used.has(nonce);
  }

  /** Marks a ticket used; false when it already was. */
  claim(nonce: string, expiresAt: number): boolean {
    const now = this.now();
    for (const [n, until] of this.used) if (until <= now) this.used.delete(n);
    if (this.used.has(nonce)) return false;
    this.used.set(nonce, expiresAt);
    return true;
  }
}
