/** One figure of the benchmark table. */
export interface BenchRow {
  section: string;
  metric: string;
  /** null when the figure could not be taken (the note says why). */
  value: number | null;
  unit: string;
  /** The most the figure may be; a row above it is shown as over budget. */
  budget?: number;
  note?: string;
}

export function row(section: string, metric: string, value: number | null, unit: string, extra: Pick<BenchRow, 'budget' | 'note'> = {}): BenchRow {
  return { section, metric, value, unit, ...extra };
}

export function isOverBudget(r: BenchRow): boolean {
  return r.budget !== undefined && r.value !== null && r.value > r.budget;
}

/** A section that failed still leaves a line in the table, so a missing figure is visible. */
export function failedRow(section: string, err: unknown): BenchRow {
  const message = err instanceof Error ? err.message : String(err);
  return row(section, 'section failed', null, '', { note: message.split('\n')[0].slice(0, 160) });
}
