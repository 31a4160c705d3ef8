import type { CellRect } from './screen-renderer';
import type { ScreenChange } from './text-screen';

/** Everything one client has not seen yet: rows scrolled since (sent as one CopyRect) and dirty cells. */
export interface PendingUpdate {
  scrolled: number;
  rects: CellRect[];
}

/**
 * One connection's view of what changed since its last update. A scroll is applied to the dirty cells
 * already recorded (they move up with their text), so the CopyRect can go first and every dirty cell is
 * then painted from the current screen in current coordinates.
 */
export class Damage {
  private dirty: Array<[number, number] | null>;
  private scrolled = 0;

  constructor(
    private readonly rows: number,
    private readonly cols: number,
  ) {
    this.dirty = new Array<[number, number] | null>(rows).fill(null);
  }

  get empty(): boolean {
    return this.scrolled === 0 && this.dirty.every((range) => range === null);
  }

  apply(change: ScreenChange): void {
    if (change.kind === 'all') this.markAll();
    else if (change.kind === 'cells') this.mark(change.row, change.from, change.to);
    else this.scroll(change.lines);
  }

  markAll(): void {
    this.scrolled = 0;
    this.dirty = this.dirty.map(() => [0, this.cols - 1]);
  }

  markRect(rect: CellRect): void {
    for (let row = rect.row; row < rect.row + rect.rows; row += 1) this.mark(row, rect.col, rect.col + rect.cols - 1);
  }

  /** Takes the pending update; without CopyRect support a scroll means repainting every row. */
  take(copyRect: boolean): PendingUpdate {
    if (this.scrolled > 0 && !copyRect) this.markAll();
    const allDirty = this.dirty.every((range) => range !== null && range[0] === 0 && range[1] === this.cols - 1);
    const scrolled = allDirty ? 0 : this.scrolled;
    const rects: CellRect[] = [];
    this.dirty.forEach((range, row) => {
      if (range === null) return;
      const last = rects[rects.length - 1];
      if (last && last.row + last.rows === row && last.col === range[0] && last.cols === range[1] - range[0] + 1) last.rows += 1;
      else rects.push({ row, col: range[0], rows: 1, cols: range[1] - range[0] + 1 });
    });
    this.dirty = this.dirty.map(() => null);
    this.scrolled = 0;
    return { scrolled, rects };
  }

  private mark(row: number, from: number, to: number): void {
    if (row < 0 || row >= this.rows) return;
    const lo = Math.max(0, from);
    const hi = Math.min(this.cols - 1, to);
    const range = this.dirty[row];
    this.dirty[row] = range ? [Math.min(range[0], lo), Math.max(range[1], hi)] : [lo, hi];
  }

  private scroll(lines: number): void {
    if (this.scrolled + lines >= this.rows) {
      this.markAll();
      return;
    }
    this.scrolled += lines;
    this.dirty = [...this.dirty.slice(lines), ...new Array<[number, number] | null>(lines).fill([0, this.cols - 1])];
  }
}
