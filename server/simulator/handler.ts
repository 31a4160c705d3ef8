import type { ActionName, ActionParams, ActionResponse } from '../../contract/contract';
import type { Db } from './store/open-database';
import type { VncProvider } from './vnc-provider';

/** The account whose key signed the request. */
export interface Caller {
  companyId: number;
  isAdmin: boolean;
}

export interface HandlerContext<A extends ActionName> {
  params: ActionParams<A>;
  caller: Caller;
  /**
   * The tenant the call reads or acts for: the caller's own company for a tenant (whatever CompanyID it
   * sent), the CompanyID an admin passed, or undefined for an admin reading every tenant.
   */
  companyId: number | undefined;
  db: Db;
  transitionMs: number;
  vnc: VncProvider | undefined;
  nowMs: number;
}

/** What a handler returns: the response fields without the envelope, which dispatch adds. */
export type HandlerResult<A extends ActionName> = Omit<ActionResponse<A>, 'Action' | 'RetCode' | 'Message'>;

export type Handler<A extends ActionName> = (ctx: HandlerContext<A>) => HandlerResult<A> | Promise<HandlerResult<A>>;

/** One handler per contract action: a missing or mistyped one is a compile error. */
export type HandlerMap = { [A in ActionName]: Handler<A> };

export function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}
