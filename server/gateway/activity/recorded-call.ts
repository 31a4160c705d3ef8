import type { FastifyBaseLogger } from 'fastify';
import type { MutatingAction } from '../../../contract/contract';
import type { Envelope } from '../../../contract/envelope';
import type { Session } from '../session/session';
import type { StateStore } from '../state/state-store';
import { UpstreamError, type Upstream } from '../upstream/upstream';
import { activityEvent, type CallOutcome } from './activity-event';
import { recordActivity } from './record-activity';

/** Where the activity log goes: the shared state store, keeping about `cap` newest events. */
export interface ActivityLog {
  store: StateStore;
  cap: number;
}

/**
 * A mutation sent to the platform with the session's keys, and recorded as an activity event however it
 * ends: answered (any RetCode), or not answered at all (the error is rethrown after recording).
 */
export async function recordedCall(
  upstream: Upstream,
  activity: ActivityLog,
  session: Session,
  action: MutatingAction,
  params: Record<string, unknown>,
  log: FastifyBaseLogger,
): Promise<Envelope> {
  let outcome: CallOutcome;
  try {
    const envelope = await upstream.call(session, action, params, log);
    outcome = { envelope };
    return envelope;
  } catch (err) {
    outcome = { failure: err instanceof UpstreamError ? err.message : 'The gateway failed before the platform answered.' };
    throw err;
  } finally {
    await recordActivity(activity.store, log, activityEvent(session, action, params, outcome!, Date.now()), activity.cap);
  }
}
