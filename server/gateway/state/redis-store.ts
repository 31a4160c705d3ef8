import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { readActivity, recordActivity } from './redis-activity';
import { ACQUIRE_SLOTS, COUNT_ATTEMPT, COUNT_SLOTS, PEEK_ATTEMPTS, REFUND_ATTEMPT, RENEW_SLOTS } from './redis-scripts';
import { SessionEndedListeners } from './session-ended-listeners';
import type { ActivityFilter, ActivityPageResult, AttemptCount, NewActivityEvent, SlotClaim, SlotResult, StateStore, StoreStatus } from './state-store';
import { StateUnavailableError } from './state-unavailable-error';

export interface StoreLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key and to the channel, so several consoles (or tests) can share one Redis. */
  keyPrefix?: string;
  /** A command that has no answer by then fails closed instead of holding the request. */
  commandTimeoutMs?: number;
  log?: StoreLog;
}

const quiet: StoreLog = { info: () => undefined, warn: () => undefined };

/**
 * The state of all replicas in one Redis: one kept connection for commands and one for the session-ended
 * channel. Commands are never queued while Redis is away (they reject at once with StateUnavailableError);
 * both connections reconnect by themselves and the subscription is renewed when Redis is back.
 */
export class RedisStore implements StateStore {
  readonly kind = 'redis';
  private readonly client: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly channel: string;
  private readonly listeners = new SessionEndedListeners();
  private readonly log: StoreLog;
  private lastError = '';
  private closing = false;

  constructor(opts: RedisStoreOptions) {
    this.prefix = opts.keyPrefix ?? 'ucs:';
    this.channel = `${this.prefix}session-ended`;
    this.log = opts.log ?? quiet;
    this.client = new Redis(opts.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.commandTimeoutMs ?? 2_000,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(100 * times, 2_000),
    });
    // The subscriber may queue: SUBSCRIBE waits for the connection instead of failing, and is redone on reconnect.
    this.subscriber = new Redis(opts.url, { maxRetriesPerRequest: null, connectTimeout: 2_000, retryStrategy: (t) => Math.min(100 * t, 2_000) });
    for (const [name, conn] of [['commands', this.client], ['subscriber', this.subscriber]] as const) this.watch(name, conn);
    this.subscriber.on('message', (channel: string, sessionId: string) => {
      if (channel === this.channel) this.listeners.emit(sessionId, (err) => this.log.warn(`session-ended listener failed: ${String(err)}`));
    });
    this.subscriber.subscribe(this.channel).catch((err: unknown) => this.log.warn(`Redis subscribe failed: ${String(err)}`));
  }

  claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.guard(async () => (await this.client.set(this.key('claim', key), '1', 'PX', ttlMs, 'NX')) === 'OK');
  }

  revokeSession(sessionId: string, ttlMs: number): Promise<void> {
    return this.guard(async () => {
      await this.client.set(this.key('revoked', sessionId), '1', 'PX', Math.max(1, Math.ceil(ttlMs)));
    });
  }

  isRevoked(sessionId: string): Promise<boolean> {
    return this.guard(async () => (await this.client.exists(this.key('revoked', sessionId))) === 1);
  }

  countAttempt(key: string, windowMs: number): Promise<AttemptCount> {
    return this.guard(async () => pair(await this.script(COUNT_ATTEMPT, [this.key('attempts', key)], [windowMs])));
  }

  peekAttempts(key: string): Promise<AttemptCount> {
    return this.guard(async () => pair(await this.script(PEEK_ATTEMPTS, [this.key('attempts', key)], [])));
  }

  resetAttempts(key: string): Promise<void> {
    return this.guard(async () => {
      await this.client.del(this.key('attempts', key));
    });
  }

  refundAttempt(key: string): Promise<void> {
    return this.guard(async () => void (await this.script(REFUND_ATTEMPT, [this.key('attempts', key)], [])));
  }

  acquireSlots(claims: readonly SlotClaim[], holderId: string, ttlMs: number): Promise<SlotResult> {
    return this.guard(async () => {
      const keys = claims.map((c) => this.key('slots', c.key));
      const refused = Number(await this.script(ACQUIRE_SLOTS, keys, [holderId, ttlMs, ...claims.map((c) => c.cap)]));
      return refused === 0 ? { ok: true } : { ok: false, refused: claims[refused - 1].key };
    });
  }

  renewSlots(keys: readonly string[], holderId: string, ttlMs: number): Promise<boolean> {
    return this.guard(async () => Number(await this.script(RENEW_SLOTS, keys.map((k) => this.key('slots', k)), [holderId, ttlMs])) === 1);
  }

  releaseSlots(keys: readonly string[], holderId: string): Promise<void> {
    return this.guard(async () => {
      const tx = this.client.multi();
      for (const key of keys) tx.zrem(this.key('slots', key), holderId);
      await tx.exec();
    });
  }

  countSlots(key: string): Promise<number> {
    return this.guard(async () => Number(await this.script(COUNT_SLOTS, [this.key('slots', key)], [])));
  }

  publishSessionEnded(sessionId: string): Promise<void> {
    return this.guard(async () => {
      await this.client.publish(this.channel, sessionId);
    });
  }

  onSessionEnded(listener: (sessionId: string) => void): () => void {
    return this.listeners.add(listener);
  }

  recordActivity(event: NewActivityEvent, cap: number): Promise<void> {
    return this.guard(() => recordActivity(this.client, `${this.prefix}activity`, event, cap));
  }

  readActivity(filter: ActivityFilter, limit: number, before?: string): Promise<ActivityPageResult> {
    return this.guard(() => readActivity(this.client, `${this.prefix}activity`, filter, limit, before));
  }

  async ping(): Promise<void> {
    await this.guard(() => this.client.ping());
    // Without the subscription a sign-out elsewhere would leave this replica's consoles open.
    if (this.subscriber.status !== 'ready') throw new StateUnavailableError(`Redis subscriber is ${this.subscriber.status}.`);
  }

  async status(): Promise<StoreStatus> {
    try {
      await this.ping();
      return { kind: this.kind, ready: true, detail: 'redis: connected' };
    } catch (err) {
      return { kind: this.kind, ready: false, detail: `redis: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    this.client.disconnect();
    this.subscriber.disconnect();
  }

  private key(kind: string, key: string): string {
    return `${this.prefix}${kind}:${key}`;
  }

  /** EVALSHA, loading the script with EVAL the first time a Redis (or a restarted one) has not seen it. */
  private async script(lua: string, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    const sha = sha1(lua);
    try {
      return await this.client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return this.client.eval(lua, keys.length, ...keys, ...args);
    }
  }

  private async guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      if (err instanceof StateUnavailableError) throw err;
      throw new StateUnavailableError(`Redis is unavailable: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  /** Logs each outage and recovery once, not every reconnect attempt; an 'error' listener is required anyway. */
  private watch(name: string, conn: Redis): void {
    let down = false;
    conn.on('error', (err: Error) => {
      if (this.closing) return;
      if (this.lastError !== err.message) this.log.warn(`Redis ${name} connection: ${err.message}`);
      this.lastError = err.message;
    });
    conn.on('close', () => {
      if (!down && !this.closing) this.log.warn(`Redis ${name} connection lost; reconnecting`);
      down = true;
    });
    conn.on('ready', () => {
      if (down) this.log.info(`Redis ${name} connection restored`);
      down = false;
      this.lastError = '';
    });
  }
}

const shas = new Map<string, string>();
function sha1(lua: string): string {
  let sha = shas.get(lua);
  if (!sha) {
    sha = createHash('sha1').update(lua).digest('hex');
    shas.set(lua, sha);
  }
  return sha;
}

function pair(reply: unknown): AttemptCount {
  if (!Array.isArray(reply) || reply.length !== 2) throw new Error(`unexpected Redis reply ${JSON.stringify(reply)}`);
  return { count: Number(reply[0]), retryAfterMs: Math.max(0, Number(reply[1])) };
}
