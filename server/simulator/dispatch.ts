import { contract, isActionName, type ActionName, type ActionParams } from '../../contract/contract';
import type { FlatParams } from '../wire/flatten';
import type { Caller, HandlerContext, HandlerMap } from './handler';
import { authenticate } from './http/authenticate';
import { validateParams } from './http/validate';
import { RetCode, SimError } from './retcode';
import { type Db, stmt } from './store/open-database';
import { settleDue } from './vm-lifecycle';
import type { VncProvider } from './vnc-provider';

export interface DispatchDeps {
  db: Db;
  handlers: HandlerMap;
  transitionMs: number;
  errorRate: number;
  vnc: VncProvider | undefined;
  onInternalError(err: unknown, action: string): void;
}

export type EnvelopeBody = { Action: string; RetCode: number; Message: string } & Record<string, unknown>;

// The two lookups that are not regional (docs/protocol.md §6).
const REGIONLESS: ReadonlySet<ActionName> = new Set<ActionName>(['DescribeRegion', 'DescribeUser']);

/** One call, from flat wire parameters to the platform's envelope. Never throws. */
export async function dispatch(deps: DispatchDeps, flat: FlatParams): Promise<EnvelopeBody> {
  const actionParam = typeof flat.Action === 'string' ? flat.Action : '';
  const envelope = (retCode: number, message: string, fields: object = {}): EnvelopeBody => ({
    Action: `${actionParam}Response`,
    RetCode: retCode,
    Message: message,
    ...fields,
  });
  try {
    if (!actionParam) throw new SimError(RetCode.MissingAction, 'Missing parameter Action');
    const caller = authenticate(deps.db, flat);
    if (!isActionName(actionParam)) throw new SimError(RetCode.UnknownAction, `Unknown Action ${actionParam}`);
    if (deps.errorRate > 0 && Math.random() < deps.errorRate) {
      throw new SimError(RetCode.Internal, 'Injected fault (SIM_ERROR_RATE)');
    }
    const result = await run(deps, actionParam, flat, caller);
    return envelope(RetCode.Ok, '', result);
  } catch (err) {
    if (err instanceof SimError) return envelope(err.retCode, err.message);
    deps.onInternalError(err, actionParam);
    return envelope(RetCode.Internal, 'Internal error');
  }
}

async function run<A extends ActionName>(deps: DispatchDeps, action: A, flat: FlatParams, caller: Caller): Promise<object> {
  const region = flat.Region;
  if (!REGIONLESS.has(action)) {
    if (region === undefined || region === '') throw new SimError(RetCode.MissingRegion, 'Missing parameter Region');
    if (!stmt(deps.db, 'SELECT 1 FROM regions WHERE region = ?').get(String(region))) {
      throw new SimError(RetCode.NotFound, `Region ${region} not found`);
    }
  }
  // TypeScript cannot correlate contract[A]'s schema with ActionParams<A> for a generic A.
  const params = validateParams(contract[action].request, flat) as ActionParams<A>;
  const nowMs = Date.now();
  settleDue(deps.db, nowMs);
  const ctx: HandlerContext<A> = {
    params,
    caller,
    companyId: scopeCompany(deps.db, caller, params),
    db: deps.db,
    transitionMs: deps.transitionMs,
    vnc: deps.vnc,
    nowMs,
  };
  return deps.handlers[action](ctx);
}

/** A tenant's CompanyID is ignored (always its own); an admin's picks the tenant, or all when absent. */
function scopeCompany(db: Db, caller: Caller, params: object): number | undefined {
  if (!caller.isAdmin) return caller.companyId;
  const requested = (params as { CompanyID?: number }).CompanyID;
  if (requested === undefined) return undefined;
  if (!stmt(db, 'SELECT 1 FROM accounts WHERE company_id = ?').get(requested)) {
    throw new SimError(RetCode.NotFound, `Tenant ${requested} not found`);
  }
  return requested;
}
