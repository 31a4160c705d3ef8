import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows } from './font-5x9';
import { encodeColour, type PixelFormat } from './pixel-format';
import type { TextScreen } from './text-screen';

/** Glyphs are drawn at twice their size, one pixel in from the cell's corner. */
const SCALE = 2;
const INSET = 1;
export const CELL_WIDTH = 12;
export const CELL_HEIGHT = 20;

const FOREGROUND = [0xc8, 0xc8, 0xc8] as const;
const BACKGROUND = [0x10, 0x10, 0x10] as const;

export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Renders cells of a text screen as raw pixels in one client's pixel format, caching each drawn cell. */
export class ScreenRenderer {
  private readonly cellCache = new Map<number, Buffer>();
  private readonly fg: Buffer;
  private readonly bg: Buffer;
  readonly bytesPerPixel: number;

  constructor(
    private readonly screen: TextScreen,
    pixelFormat: PixelFormat,
  ) {
    this.fg = encodeColour(pixelFormat, FOREGROUND);
    this.bg = encodeColour(pixelFormat, BACKGROUND);
    this.bytesPerPixel = pixelFormat.bitsPerPixel / 8;
  }

  get width(): number {
    return this.screen.cols * CELL_WIDTH;
  }

  get height(): number {
    return this.screen.rows * CELL_HEIGHT;
  }

  /** Raw pixels of a rectangle of cells, row-major, as the Raw encoding sends them. */
  render(rect: CellRect): Buffer {
    const cellRowBytes = CELL_WIDTH * this.bytesPerPixel;
    const rowBytes = rect.cols * cellRowBytes;
    const out = Buffer.alloc(rowBytes * rect.rows * CELL_HEIGHT);
    for (let r = 0; r < rect.rows; r += 1) {
      const row = rect.row + r;
      for (let c = 0; c < rect.cols; c += 1) {
        const col = rect.col + c;
        const inverted = row === this.screen.cursorRow && col === this.screen.cursorCol;
        const cell = this.cell(this.screen.charAt(row, col), inverted);
        for (let py = 0; py < CELL_HEIGHT; py += 1) {
          cell.copy(out, (r * CELL_HEIGHT + py) * rowBytes + c * cellRowBytes, py * cellRowBytes, (py + 1) * cellRowBytes);
        }
      }
    }
    return out;
  }

  private cell(code: number, inverted: boolean): Buffer {
    const key = code * 2 + (inverted ? 1 : 0);
    const cached = this.cellCache.get(key);
    if (cached) return cached;
    const [ink, paper] = inverted ? [this.bg, this.fg] : [this.fg, this.bg];
    const bpp = this.bytesPerPixel;
    const rows = glyphRows(code);
    const cell = Buffer.alloc(CELL_WIDTH * CELL_HEIGHT * bpp);
    for (let py = 0; py < CELL_HEIGHT; py += 1) {
      for (let px = 0; px < CELL_WIDTH; px += 1) {
        const gy = Math.floor((py - INSET) / SCALE);
        const gx = Math.floor((px - INSET) / SCALE);
        const on =
          py >= INSET && px >= INSET && gy < GLYPH_HEIGHT && gx < GLYPH_WIDTH && (rows[gy] & (1 << (GLYPH_WIDTH - 1 - gx))) !== 0;
        (on ? ink : paper).copy(cell, (py * CELL_WIDTH + px) * bpp);
      }
    }
    this.cellCache.set(key, cell);
    return cell;
  }
}
