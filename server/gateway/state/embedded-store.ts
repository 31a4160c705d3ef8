import { EmbeddedActivity } from './embedded-activity';
import { Revocations } from './revocations';
import { SessionEndedListeners } from './session-ended-listeners';
import type { ActivityFilter, ActivityPageResult, AttemptCount, NewActivityEvent, SlotClaim, SlotResult, StateStore, StoreStatus } from './state-store';
import { StateUnavailableError } from './state-unavailable-error';

export interface EmbeddedStoreOptions {
  /** The SQLite file keeping sign-outs and the activity log across restarts (DATA_DIR/gateway.db), or ':memory:'. */
  databasePath: string;
  now?: () => number;
  onListenerError?: (err: unknown) => void;
}

/** Maps this large are swept of expired entries on the next write, so a flood cannot grow them for ever. */
const SWEEP_AT = 10_000;

/**
 * One machine's state: in-process maps for claims, counters and slots, and the SQLite sign-out list
 * (shared by processes that share DATA_DIR). Atomic because Node runs each operation to completion.
 */
export class EmbeddedStore implements StateStore {
  readonly kind = 'embedded';
  private readonly now: () => number;
  private readonly revocations: Revocations;
  private readonly activity: EmbeddedActivity;
  private readonly claims = new Map<string, number>();
  private readonly attempts = new Map<string, { count: number; endsAt: number }>();
  private readonly slots = new Map<string, Map<string, number>>();
  private readonly listeners = new SessionEndedListeners();
  private closed = false;

  constructor(private readonly opts: EmbeddedStoreOptions) {
    this.now = opts.now ?? Date.now;
    this.revocations = new Revocations(opts.databasePath);
    this.activity = new EmbeddedActivity(opts.databasePath);
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    this.open();
    const now = this.now();
    if ((this.claims.get(key) ?? 0) > now) return false;
    if (this.claims.size >= SWEEP_AT) sweep(this.claims, (expiresAt) => expiresAt <= now);
    this.claims.set(key, now + ttlMs);
    return true;
  }

  async revokeSession(sessionId: string, ttlMs: number): Promise<void> {
    this.open();
    const now = this.now();
    this.revocations.revoke(sessionId, now + Math.max(1, ttlMs), now);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    this.open();
    return this.revocations.isRevoked(sessionId);
  }

  async countAttempt(key: string, windowMs: number): Promise<AttemptCount> {
    this.open();
    const now = this.now();
    let window = this.attempts.get(key);
    if (!window || window.endsAt <= now) {
      if (this.attempts.size >= SWEEP_AT) sweep(this.attempts, (w) => w.endsAt <= now);
      window = { count: 0, endsAt: now + windowMs };
      this.attempts.set(key, window);
    }
    window.count += 1;
    return { count: window.count, retryAfterMs: window.endsAt - now };
  }

  async peekAttempts(key: string): Promise<AttemptCount> {
    this.open();
    const now = this.now();
    const window = this.attempts.get(key);
    return window && window.endsAt > now ? { count: window.count, retryAfterMs: window.endsAt - now } : { count: 0, retryAfterMs: 0 };
  }

  async resetAttempts(key: string): Promise<void> {
    this.open();
    this.attempts.delete(key);
  }

  async refundAttempt(key: string): Promise<void> {
    this.open();
    const window = this.attempts.get(key);
    if (window && window.endsAt > this.now() && window.count > 0) window.count -= 1;
  }

  async acquireSlots(claims: readonly SlotClaim[], holderId: string, ttlMs: number): Promise<SlotResult> {
    this.open();
    const now = this.now();
    for (const { key, cap } of claims) {
      const holders = this.live(key, now);
      if (!holders.has(holderId) && holders.size >= cap) return { ok: false, refused: key };
    }
    for (const { key } of claims) {
      const holders = this.slots.get(key) ?? new Map<string, number>();
      holders.set(holderId, now + ttlMs);
      this.slots.set(key, holders);
    }
    return { ok: true };
  }

  async renewSlots(keys: readonly string[], holderId: string, ttlMs: number): Promise<boolean> {
    this.open();
    const now = this.now();
    let all = true;
    for (const key of keys) {
      const holders = this.live(key, now);
      if (holders.has(holderId)) holders.set(holderId, now + ttlMs);
      else all = false;
    }
    return all;
  }

  async releaseSlots(keys: readonly string[], holderId: string): Promise<void> {
    this.open();
    for (const key of keys) {
      const holders = this.slots.get(key);
      holders?.delete(holderId);
      if (holders?.size === 0) this.slots.delete(key);
    }
  }

  async countSlots(key: string): Promise<number> {
    this.open();
    return this.live(key, this.now()).size;
  }

  async publishSessionEnded(sessionId: string): Promise<void> {
    this.open();
    this.listeners.emit(sessionId, this.opts.onListenerError ?? (() => undefined));
  }

  onSessionEnded(listener: (sessionId: string) => void): () => void {
    return this.listeners.add(listener);
  }

  async recordActivity(event: NewActivityEvent, cap: number): Promise<void> {
    this.open();
    this.activity.record(event, cap);
  }

  async readActivity(filter: ActivityFilter, limit: number, before?: string): Promise<ActivityPageResult> {
    this.open();
    return this.activity.read(filter, limit, before);
  }

  async ping(): Promise<void> {
    this.open();
  }

  async status(): Promise<StoreStatus> {
    return { kind: this.kind, ready: !this.closed, detail: this.closed ? 'closed' : 'in-process, sign-outs and activity in SQLite' };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.revocations.close();
    this.activity.close();
  }

  /** The key's unexpired holders; expired ones are dropped here, which is what frees a crashed holder's slot. */
  private live(key: string, now: number): Map<string, number> {
    const holders = this.slots.get(key);
    if (!holders) return new Map();
    sweep(holders, (expiresAt) => expiresAt <= now);
    if (holders.size === 0) this.slots.delete(key);
    return holders;
  }

  private open(): void {
    if (this.closed) throw new StateUnavailableError('The state store is closed.');
  }
}

function sweep<V>(map: Map<string, V>, expired: (value: V) => boolean): void {
  for (const [key, value] of map) if (expired(value)) map.delete(key);
}
