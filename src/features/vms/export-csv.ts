import { call } from '../../api/client';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { scopeParams, type Scope } from '../../entities/tenant/scope';
import { toCsv } from './csv';
import type { VmColumn, VmColumnContext } from './vm-columns';
import { describeParams, type VmListFilters } from '../../entities/vm/vm-list-params';

export const EXPORT_MAX_ROWS = 10_000;
const PAGE = 100;

/** Every VM matching the filters, 100 a page, up to 10,000. */
export async function fetchAllVms(scope: Pick<Scope, 'region' | 'companyId'>, filters: VmListFilters, signal?: AbortSignal) {
  const vms: VMInstanceInfo[] = [];
  for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += PAGE) {
    const res = await call('DescribeVMInstance', { ...scopeParams(scope), ...describeParams(filters), Offset: offset, Limit: PAGE }, { signal });
    vms.push(...res.Infos);
    if (res.Infos.length < PAGE || vms.length >= res.TotalCount) break;
  }
  return vms.slice(0, EXPORT_MAX_ROWS);
}

type T = (key: string, vars?: Record<string, string | number>) => string;

export function vmsToCsv(
  vms: readonly VMInstanceInfo[],
  columns: readonly VmColumn[],
  t: T,
  language: string,
  ctx: VmColumnContext = {},
): string {
  const header = columns.flatMap((c) => (c.csvTitles ?? [c.title]).map((title) => t(title)));
  return toCsv(header, vms.map((vm) => columns.flatMap((c) => c.csv(vm, t, language, ctx))));
}

export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
