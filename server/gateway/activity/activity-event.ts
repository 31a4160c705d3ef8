import type { MutatingAction } from '../../../contract/contract';
import type { Envelope } from '../../../contract/envelope';
import type { NewActivityEvent } from '../state/state-store';
import type { Session } from '../session/session';

/** Params that never go into an event: a VM password is the user's alone, CompanyID has its own field. */
const LEFT_OUT = new Set(['Password', 'CompanyID']);

/** How the call ended: the platform's envelope, or the gateway's reason when none came. */
export type CallOutcome = { envelope: Envelope } | { failure: string };

/** The event one mutation makes, from what the session sent and what came back. */
export function activityEvent(session: Session, action: MutatingAction, params: Record<string, unknown>, outcome: CallOutcome, time: number): NewActivityEvent {
  // Params are schema-parsed (CompanyID an integer), and scrubParams has dropped a tenant's CompanyID.
  const companyId = typeof params.CompanyID === 'number' ? params.CompanyID : session.companyId;
  const kept = Object.fromEntries(Object.entries(params).filter(([name]) => !LEFT_OUT.has(name)));
  return {
    Time: time,
    PublicKey: session.publicKey,
    IsAdmin: session.isAdmin,
    OnBehalf: session.isAdmin && companyId !== null && companyId !== session.companyId,
    CompanyID: companyId,
    Action: action,
    VMIDs: vmIdsOf(params, outcome),
    Params: kept,
    RetCode: 'envelope' in outcome ? outcome.envelope.RetCode : null,
    Message: 'envelope' in outcome ? String(outcome.envelope.Message ?? '') : outcome.failure,
  };
}

/** The VM a request names, or the one a create made (its answer's VMID). */
function vmIdsOf(params: Record<string, unknown>, outcome: CallOutcome): string[] {
  if (typeof params.VMID === 'string') return [params.VMID];
  const created = 'envelope' in outcome ? outcome.envelope.VMID : undefined;
  return typeof created === 'string' ? [created] : [];
}
