import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { SlotClaim, StateStore } from '../state/state-store';
import type { ConsoleLimits } from './console-limits';

/** One open console's hold on the shared caps: renewed while it runs, released when it closes. */
export interface ConsoleSlot {
  readonly holder: string;
  readonly claims: readonly SlotClaim[];
  readonly keys: readonly string[];
}

export type SlotAnswer = { ok: true; slot: ConsoleSlot } | { ok: false; message: string };

/**
 * The console caps, counted in the state store so they hold across replicas: per session, per key pair
 * (below the replica's cap, so one tenant cannot take every console of a replica, let alone of all of them)
 * and per replica. A slot lives `slotTtlMs` unless renewed, so a crashed replica's consoles free themselves.
 */
export class ConsoleSlots {
  /** This process among the replicas: its consoles count against its own cap. */
  readonly replicaId = randomBytes(9).toString('base64url');

  constructor(
    private readonly store: StateStore,
    private readonly limits: ConsoleLimits,
  ) {}

  /** Takes a slot under every cap at once; the refusal names the cap that is full. Rejects when the store is down. */
  async acquire(sessionId: string, publicKey: string): Promise<SlotAnswer> {
    const { perSession, perKey, perProcess } = this.limits;
    const claims: SlotClaim[] = [
      { key: `console:session:${sessionId}`, cap: perSession },
      { key: `console:key:${publicKey}`, cap: perKey },
      { key: `console:replica:${this.replicaId}`, cap: perProcess },
    ];
    const slot: ConsoleSlot = { holder: randomBytes(12).toString('base64url'), claims, keys: claims.map((c) => c.key) };
    const result = await this.store.acquireSlots(claims, slot.holder, this.limits.slotTtlMs);
    if (result.ok) return { ok: true, slot };
    if (result.refused === claims[0].key) return { ok: false, message: `At most ${perSession} consoles can be open per session.` };
    if (result.refused === claims[1].key) return { ok: false, message: `At most ${perKey} consoles can be open per access key.` };
    return { ok: false, message: 'The gateway has too many open consoles; try again later.' };
  }

  /** Never rejects: a console that closes while the store is down frees its slot when the TTL runs out. */
  async release(slot: ConsoleSlot, log: FastifyBaseLogger): Promise<void> {
    await this.store.releaseSlots(slot.keys, slot.holder).catch((err: unknown) => log.warn({ err }, 'console slot not released; it expires by itself'));
  }

  /**
   * Heartbeat of one open console: extends its slot, or takes it again when it had vanished (Redis restarted
   * empty, or a pause longer than the TTL). An open console is never closed for want of a slot; the caps
   * apply to new consoles.
   */
  async renew(slot: ConsoleSlot): Promise<void> {
    if (await this.store.renewSlots(slot.keys, slot.holder, this.limits.slotTtlMs)) return;
    await this.store.acquireSlots(slot.claims, slot.holder, this.limits.slotTtlMs);
  }
}
