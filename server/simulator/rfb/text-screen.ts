/** What changed on a text screen, in cell coordinates; renderers turn these into dirty rectangles. */
export type ScreenChange =
  | { kind: 'cells'; row: number; from: number; to: number }
  | { kind: 'scroll'; lines: number }
  | { kind: 'all' };

const SPACE = 0x20;

/** A character grid with a block cursor, like a VGA text console. Listeners hear every change. */
export class TextScreen {
  readonly cells: Uint8Array;
  cursorRow = 0;
  cursorCol = 0;
  private readonly listeners = new Set<(change: ScreenChange) => void>();

  constructor(
    readonly cols = 80,
    readonly rows = 25,
  ) {
    this.cells = new Uint8Array(cols * rows).fill(SPACE);
  }

  onChange(listener: (change: ScreenChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  charAt(row: number, col: number): number {
    return this.cells[row * this.cols + col];
  }

  /** Writes text at the cursor; '\n' starts a new line, long lines wrap, the bottom line scrolls. */
  write(text: string): void {
    for (const ch of text) {
      if (ch === '\n') {
        this.newLine();
        continue;
      }
      const code = ch.charCodeAt(0);
      this.cells[this.cursorRow * this.cols + this.cursorCol] = code < 0x20 || code > 0x7e ? 0x3f : code;
      this.emit({ kind: 'cells', row: this.cursorRow, from: this.cursorCol, to: this.cursorCol });
      if (this.cursorCol === this.cols - 1) this.newLine();
      else this.moveCursor(this.cursorRow, this.cursorCol + 1);
    }
  }

  /** Erases the character before the cursor (on the same line only, like a shell's line editor). */
  backspace(): void {
    if (this.cursorCol === 0) return;
    const col = this.cursorCol - 1;
    this.cells[this.cursorRow * this.cols + col] = SPACE;
    this.moveCursor(this.cursorRow, col);
  }

  clear(): void {
    this.cells.fill(SPACE);
    this.cursorRow = 0;
    this.cursorCol = 0;
    this.emit({ kind: 'all' });
  }

  /** The screen as text: one line per row, trailing spaces trimmed, trailing empty rows dropped. */
  text(): string {
    const lines: string[] = [];
    for (let row = 0; row < this.rows; row += 1) {
      const start = row * this.cols;
      lines.push(String.fromCharCode(...this.cells.subarray(start, start + this.cols)).trimEnd());
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  private newLine(): void {
    if (this.cursorRow < this.rows - 1) {
      this.moveCursor(this.cursorRow + 1, 0);
      return;
    }
    const oldCol = this.cursorCol;
    this.cells.copyWithin(0, this.cols);
    this.cells.fill(SPACE, (this.rows - 1) * this.cols);
    this.cursorCol = 0;
    this.emit({ kind: 'scroll', lines: 1 });
    // The cursor cell scrolled up with its row; repaint it there without the cursor.
    this.emit({ kind: 'cells', row: this.rows - 2, from: oldCol, to: oldCol });
  }

  private moveCursor(row: number, col: number): void {
    const [oldRow, oldCol] = [this.cursorRow, this.cursorCol];
    this.cursorRow = row;
    this.cursorCol = col;
    if (oldRow === row) {
      this.emit({ kind: 'cells', row, from: Math.min(oldCol, col), to: Math.max(oldCol, col) });
      return;
    }
    this.emit({ kind: 'cells', row: oldRow, from: oldCol, to: oldCol });
    this.emit({ kind: 'cells', row, from: col, to: col });
  }

  private emit(change: ScreenChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
