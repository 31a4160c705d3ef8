import { writeFileSync } from 'node:fs';
import { isOverBudget, type BenchRow } from './bench-row';
import { machineLine, type MachineInfo } from './machine';

export function formatValue(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function status(r: BenchRow): string {
  if (r.budget === undefined) return r.note ?? '';
  const verdict = isOverBudget(r) ? `OVER BUDGET (${formatValue(r.budget)} ${r.unit})` : `ok (budget ${formatValue(r.budget)} ${r.unit})`;
  return r.note ? `${verdict}; ${r.note}` : verdict;
}

function cells(r: BenchRow): string[] {
  return [r.section, r.metric, formatValue(r.value), r.unit, status(r)];
}

const HEAD = ['Section', 'Metric', 'Value', 'Unit', 'Budget / note'];

/** A fixed-width table for the terminal. */
export function textTable(rows: readonly BenchRow[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((s, i) => (i === 2 ? s.padStart(widths[i]) : s.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(cells(r)))].join('\n');
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    '|---|---|--:|---|---|',
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}

export function writeResults(base: string, machine: MachineInfo, rows: readonly BenchRow[], notes: readonly string[]): void {
  writeFileSync(`${base}.json`, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  const md = [
    '# Benchmark results',
    '',
    `Machine: ${machineLine(machine)}.`,
    '',
    'Written by `npm run bench` (bench/run.ts). Latencies and times are medians of repeated runs unless the metric says p99;',
    'requests per second are the mean over the run.',
    '',
    markdownTable(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(`${base}.md`, md);
}
