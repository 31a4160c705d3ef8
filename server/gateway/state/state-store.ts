import type { ActivityEvent } from '../../../contract/gateway-activity';

/** One cap a slot must fit under, e.g. `{ key: 'console:session:abc', cap: 5 }`. */
export interface SlotClaim {
  key: string;
  cap: number;
}

/** `refused` names the first key whose cap was already reached; nothing was taken then. */
export type SlotResult = { ok: true } | { ok: false; refused: string };

/** Attempts counted in the current fixed window, and when that window ends (0 when none is open). */
export interface AttemptCount {
  count: number;
  retryAfterMs: number;
}

/** Which events a read returns: every given field must match (a VM matches when it is one of the event's VMIDs). */
export interface ActivityFilter {
  companyId?: number;
  publicKey?: string;
  vmId?: string;
}

/** An event as recorded: the store gives it its Id. */
export type NewActivityEvent = Omit<ActivityEvent, 'Id'>;

export interface ActivityPageResult {
  events: ActivityEvent[];
  /** The cursor for older events (`before`), null when there are none. */
  next: string | null;
}

export interface StoreStatus {
  kind: 'embedded' | 'redis';
  /** False while the store cannot answer: requests that need it are refused with 503 then. */
  ready: boolean;
  detail: string;
}

/**
 * All state the gateway shares between requests (and, with Redis, between replicas). Every operation is
 * atomic across replicas; keys are the caller's, namespaced per operation by the store, so a ticket claim
 * and a counter never collide. An operation that cannot reach its backing store rejects with
 * StateUnavailableError (fail closed), never with a guess.
 */
export interface StateStore {
  readonly kind: StoreStatus['kind'];

  /** True for the first caller of `key` within `ttlMs` (set-if-absent), false for everyone after. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;

  /** Remembers a sign-out for `ttlMs`: the session's remaining absolute lifetime. */
  revokeSession(sessionId: string, ttlMs: number): Promise<void>;
  isRevoked(sessionId: string): Promise<boolean>;

  /**
   * Counts one attempt in a fixed window that opens with the first attempt and lasts `windowMs`; the
   * caller compares `count` with its limit. Counted before the guarded work, so parallel bursts cannot slip by.
   */
  countAttempt(key: string, windowMs: number): Promise<AttemptCount>;
  /** The current window's count without counting. */
  peekAttempts(key: string): Promise<AttemptCount>;
  resetAttempts(key: string): Promise<void>;
  /**
   * Takes back one attempt of the current window (never below 0): a check that turned out to be allowed
   * (a sign-in with the right keys) stops counting, while the failures around it keep counting.
   */
  refundAttempt(key: string): Promise<void>;

  /**
   * Takes one slot under every claim at once, or none: the holder then counts against each cap until it
   * releases, or until `ttlMs` passes without a renewal (a crashed replica's slots free themselves).
   * Acquiring again as the same holder renews instead of taking a second slot.
   */
  acquireSlots(claims: readonly SlotClaim[], holderId: string, ttlMs: number): Promise<SlotResult>;
  /** Heartbeat: extends the holder's slots; false when any of them had already expired or gone. */
  renewSlots(keys: readonly string[], holderId: string, ttlMs: number): Promise<boolean>;
  releaseSlots(keys: readonly string[], holderId: string): Promise<void>;
  /** Live (unexpired) holders of one key. */
  countSlots(key: string): Promise<number>;

  /** Tells every replica (this one included) that a session ended, so each closes its consoles. */
  publishSessionEnded(sessionId: string): Promise<void>;
  /** Returns the unsubscribe function. A listener that throws does not stop the others. */
  onSessionEnded(listener: (sessionId: string) => void): () => void;

  /**
   * Appends one event to the activity log, keeping about the newest `cap` (older ones fall off, so the log
   * cannot grow without bound; long-term retention is the structured log line's job).
   */
  recordActivity(event: NewActivityEvent, cap: number): Promise<void>;
  /** Newest first, at most `limit`, older than `before` when given. */
  readActivity(filter: ActivityFilter, limit: number, before?: string): Promise<ActivityPageResult>;

  /** Resolves when the store answers; rejects with StateUnavailableError otherwise (for /readyz). */
  ping(): Promise<void>;
  status(): Promise<StoreStatus>;
  close(): Promise<void>;
}
