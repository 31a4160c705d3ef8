import { EmbeddedStore } from './embedded-store';
import { RedisStore, type StoreLog } from './redis-store';
import type { StateStore } from './state-store';

export interface StateStoreOptions {
  /** Set: Redis, shared by every replica. Unset: this process and its DATA_DIR only. */
  redisUrl?: string;
  keyPrefix?: string;
  /** The embedded store's sign-out list (DATA_DIR/gateway.db); unused with Redis. */
  databasePath: string;
  log?: StoreLog;
  /** How long to wait for Redis before starting anyway (not ready: /readyz says 503 until it is). */
  connectWaitMs?: number;
  /** The embedded store's clock (tests move it); Redis uses its own. */
  now?: () => number;
}

/**
 * The gateway's one state store. A Redis that is down at start does not stop the gateway: it starts
 * not ready, refuses what needs the store, and becomes ready when the connection comes up.
 */
export async function createStateStore(opts: StateStoreOptions): Promise<StateStore> {
  if (!opts.redisUrl) {
    const log = opts.log;
    return new EmbeddedStore({ databasePath: opts.databasePath, now: opts.now, onListenerError: (err) => log?.warn(`session-ended listener failed: ${String(err)}`) });
  }
  const store = new RedisStore({ url: opts.redisUrl, keyPrefix: opts.keyPrefix, log: opts.log });
  const ready = await waitUntilReady(store, opts.connectWaitMs ?? 5_000);
  if (!ready) opts.log?.warn('Redis is not reachable yet; starting not ready (503) until it is');
  return store;
}

/** Polls ping() until it answers or the time is up; true when the store is ready. */
export async function waitUntilReady(store: StateStore, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await store.status()).ready) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
