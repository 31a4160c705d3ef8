import type { FastifyBaseLogger } from 'fastify';
import type { NewActivityEvent, StateStore } from '../state/state-store';

export const DEFAULT_ACTIVITY_CAP = 10_000;

/**
 * Writes the event twice: one structured log line (`msg: "activity"`, for retention elsewhere) and the
 * state store (what the Activity tab reads). The mutation already happened, so a store that cannot take
 * the event costs a warning, never the answer.
 */
export async function recordActivity(store: StateStore, log: FastifyBaseLogger, event: NewActivityEvent, cap: number): Promise<void> {
  log.info({ activity: event }, 'activity');
  try {
    await store.recordActivity(event, cap);
  } catch (err) {
    log.warn({ action: event.Action, err: err instanceof Error ? err.message : String(err) }, 'activity not stored');
  }
}
