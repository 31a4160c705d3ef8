import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isOverBudget, type BenchRow } from './bench-row';
import { machineLine, type MachineInfo } from './machine';

function formatValue(value: number | null): string {
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

function markdownTable(rows: readonly BenchRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    '|---|---|--:|---|---|',
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}

interface Results {
  machine: MachineInfo;
  rows: BenchRow[];
  /** When a section was last measured on its own (`npm run bench -- section`): its machine and load then. */
  sectionRuns?: Record<string, MachineInfo>;
}

/**
 * Writes bench/results.{json,md}. A partial run (`sections` named) replaces only those sections' rows
 * and keeps the rest of the last results, noting when and under what load each section was measured.
 */
export function writeResults(
  base: string,
  machine: MachineInfo,
  fresh: readonly BenchRow[],
  notes: readonly string[],
  sections?: readonly string[],
): void {
  let results: Results = { machine, rows: [...fresh] };
  if (sections && existsSync(`${base}.json`)) {
    const last = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Results;
    const replaced = new Set(sections.map((s) => s.toLowerCase()));
    const rows = [...last.rows];
    for (const section of replaced) {
      const mine = fresh.filter((r) => r.section.toLowerCase() === section);
      const at = rows.findIndex((r) => r.section.toLowerCase() === section);
      const kept = rows.filter((r) => r.section.toLowerCase() !== section);
      // In the section's old place, so the table keeps the usual order.
      kept.splice(at === -1 ? kept.length : at, 0, ...mine);
      rows.splice(0, rows.length, ...kept);
    }
    const sectionRuns = { ...last.sectionRuns, ...Object.fromEntries(sections.map((s) => [s, machine])) };
    results = { machine: last.machine, rows, sectionRuns };
  }
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  const runs = Object.entries(results.sectionRuns ?? {}).map(([s, m]) => `- Section ${s} measured on its own: ${machineLine(m)}.`);
  const md = [
    '# Benchmark results',
    '',
    `Machine: ${machineLine(results.machine)}.`,
    ...(runs.length ? ['', ...runs] : []),
    '',
    'Written by `npm run bench` (bench/run.ts). Latencies and times are medians of repeated runs unless the metric says p99;',
    'requests per second are the mean over the run.',
    '',
    markdownTable(results.rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(`${base}.md`, md);
}
