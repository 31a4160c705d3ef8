import { CREATE_VM_PATH, query, VM_LIST_PATH } from '../../paths';

/** The `?company=` value for the admin's own view of every tenant. */
export const ALL_TENANTS = 'all';

/**
 * Where a tenant switch goes: the same page with the new `?company=`, other query params kept.
 * A page about one VM (detail, console) belongs to the previous tenant, so it falls back to the list.
 */
export function switchTarget(pathname: string, search: string, company: string): { pathname: string; search: string } {
  const params = new URLSearchParams(search);
  params.set('company', company);
  const onOneVm = pathname.startsWith(`${VM_LIST_PATH}/`) && pathname !== CREATE_VM_PATH;
  if (onOneVm) return { pathname: VM_LIST_PATH, search: query({ company }) };
  return { pathname, search: `?${params.toString()}` };
}
