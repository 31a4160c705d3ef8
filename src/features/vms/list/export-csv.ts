import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { toCsv } from './csv';
import type { VmColumn, VmColumnContext } from './vm-columns';
import type { Translate as T } from '../../../i18n/i18n-context';

/** The most rows one export reads (100 a page). */
export const EXPORT_MAX_ROWS = 10_000;


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
