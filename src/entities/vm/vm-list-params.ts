import { VM_STATES, type VMState } from '../../../contract/vm-states';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** The columns the list sorts by; the platform cannot sort, so they sort the page on screen. */
export const SORT_KEYS = ['name', 'state', 'created', 'expiry'] as const;
export type VmSortKey = (typeof SORT_KEYS)[number];
export interface VmSort {
  key: VmSortKey;
  order: 'asc' | 'desc';
}

/** What the list shows: everything here lives in the URL, so reload, back / forward and links restore it. */
export interface VmListView {
  keyword: string;
  states: VMState[];
  vpcId: string;
  subnetId: string;
  projectIds: string[];
  /** Restricts the list to these VMs (the wizard links here after creating several). */
  vmIds: string[];
  page: number;
  pageSize: number;
  /** Null: the platform's own order (newest first). */
  sort: VmSort | null;
}

/** The part of the view that selects rows (everything but the page): the CSV export and the query key use it. */
export type VmListFilters = Omit<VmListView, 'page' | 'pageSize' | 'sort'>;

// Short URL names; `company` and anything else in the URL belongs to someone else and is kept.
const KEYS = { keyword: 'q', states: 'state', vpcId: 'vpc', subnetId: 'subnet', projectIds: 'project', vmIds: 'ids', page: 'page', pageSize: 'size', sort: 'sort' } as const;

/** `sort=name` ascending, `sort=-name` descending. */
function parseSort(value: string | null): VmSort | null {
  if (!value) return null;
  const key = value.replace(/^-/, '');
  return (SORT_KEYS as readonly string[]).includes(key) ? { key: key as VmSortKey, order: value.startsWith('-') ? 'desc' : 'asc' } : null;
}

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export function parseView(params: URLSearchParams): VmListView {
  const size = Number(params.get(KEYS.pageSize));
  const page = Number(params.get(KEYS.page));
  return {
    keyword: params.get(KEYS.keyword) ?? '',
    states: list(params.get(KEYS.states)).filter((s): s is VMState => (VM_STATES as readonly string[]).includes(s)),
    vpcId: params.get(KEYS.vpcId) ?? '',
    subnetId: params.get(KEYS.vpcId) ? (params.get(KEYS.subnetId) ?? '') : '',
    projectIds: list(params.get(KEYS.projectIds)),
    vmIds: list(params.get(KEYS.vmIds)).slice(0, 100),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    sort: parseSort(params.get(KEYS.sort)),
  };
}

/** Writes the view into a copy of the params, leaving other keys alone and defaults out. */
export function writeView(params: URLSearchParams, view: VmListView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set(KEYS.keyword, view.keyword.trim());
  set(KEYS.states, view.states.join(','));
  set(KEYS.vpcId, view.vpcId);
  set(KEYS.subnetId, view.vpcId ? view.subnetId : '');
  set(KEYS.projectIds, view.projectIds.join(','));
  set(KEYS.vmIds, view.vmIds.join(','));
  set(KEYS.page, view.page > 1 ? String(view.page) : '');
  set(KEYS.pageSize, view.pageSize !== 20 ? String(view.pageSize) : '');
  set(KEYS.sort, view.sort ? `${view.sort.order === 'desc' ? '-' : ''}${view.sort.key}` : '');
  return next;
}

export function filtersOf(view: VmListView): VmListFilters {
  const { page: _page, pageSize: _size, sort: _sort, ...filters } = view;
  return filters;
}

/** DescribeVMInstance parameters for the filters (without Region, CompanyID, Offset, Limit). */
export function describeParams(filters: VmListFilters) {
  return {
    Keyword: filters.keyword.trim() || undefined,
    States: filters.states.length ? filters.states : undefined,
    VPCID: filters.vpcId || undefined,
    SubnetID: filters.subnetId || undefined,
    ProjectIDs: filters.projectIds.length ? filters.projectIds : undefined,
    VMIDs: filters.vmIds.length ? filters.vmIds : undefined,
  };
}
