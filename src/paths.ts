/**
 * Every in-app URL, built by typed functions, so a route or a query parameter changes in one place.
 * The router's patterns (src/app/router.tsx) are the other half and must agree with these.
 */

/** `company=all` is the admin's own view of every tenant; a number names one tenant. */
export type CompanyParam = number | 'all';

type QueryValue = string | number | readonly string[] | undefined;

/** `?a=1&b=x,y`: empty values left out, lists comma-joined (each item encoded, the commas kept readable). */
export function query(params: Record<string, QueryValue>): string {
  const parts = Object.entries(params).flatMap(([key, value]) => {
    if (value === undefined || value === '') return [];
    if (typeof value === 'string' || typeof value === 'number') return [`${key}=${encodeURIComponent(value)}`];
    return value.length ? [`${key}=${value.map(encodeURIComponent).join(',')}`] : [];
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

export const VM_LIST_PATH = '/vms';
export const CREATE_VM_PATH = '/vms/create';
export const ACTIVITY_PATH = '/activity';
const SIGN_IN_PATH = '/sign-in';

export function overview({ company }: { company?: CompanyParam } = {}): string {
  return `/${query({ company })}`;
}

export function signIn(): string {
  return SIGN_IN_PATH;
}

export function vmList({ state, ids, company }: { state?: readonly string[]; ids?: readonly string[]; company?: CompanyParam } = {}): string {
  return `${VM_LIST_PATH}${query({ state, ids, company })}`;
}

export function vmDetail(id: string, { company }: { company?: CompanyParam } = {}): string {
  return `${VM_LIST_PATH}/${encodeURIComponent(id)}${query({ company })}`;
}

export function vmConsole(id: string, { company }: { company?: CompanyParam } = {}): string {
  return `${vmDetail(id)}/console${query({ company })}`;
}

/** The activity log, optionally narrowed to one VM. */
export function activity({ vm, company }: { vm?: string; company?: CompanyParam } = {}): string {
  return `${ACTIVITY_PATH}${query({ vm, company })}`;
}

/** The create wizard; `quick` opens its one-page quick create. */
export function createVm({ from, quick }: { from?: string; quick?: boolean } = {}): string {
  return `${CREATE_VM_PATH}${query({ from, mode: quick ? 'quick' : undefined })}`;
}

/** The same page in another tenant's view (the pathname kept, other parameters dropped). */
export function withCompany(pathname: string, company: CompanyParam): string {
  return `${pathname}${query({ company })}`;
}
