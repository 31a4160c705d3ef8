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
  private readonly cellCache = new Map<number, PixelArray>();
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
    const out = Buffer.alloc(rect.cols * CELL_WIDTH * rect.rows * CELL_HEIGHT * this.bytesPerPixel);
    // Whole pixels are copied as integers of the pixel's size: the bytes are kept, and it is far faster
    // than a Buffer.copy per cell row.
    const pixels = pixelView(out, this.bytesPerPixel);
    const stride = rect.cols * CELL_WIDTH;
    for (let r = 0; r < rect.rows; r += 1) {
      const row = rect.row + r;
      for (let c = 0; c < rect.cols; c += 1) {
        const col = rect.col + c;
        const inverted = row === this.screen.cursorRow && col === this.screen.cursorCol;
        const cell = this.cell(this.screen.charAt(row, col), inverted);
        for (let py = 0; py < CELL_HEIGHT; py += 1) {
          const dst = (r * CELL_HEIGHT + py) * stride + c * CELL_WIDTH;
          const src = py * CELL_WIDTH;
          for (let px = 0; px < CELL_WIDTH; px += 1) pixels[dst + px] = cell[src + px];
        }
      }
    }
    return out;
  }

  private cell(code: number, inverted: boolean): PixelArray {
    const key = code * 2 + (inverted ? 1 : 0);
    const cached = this.cellCache.get(key);
    if (cached) return cached;
    const [ink, paper] = inverted ? [this.bg, this.fg] : [this.fg, this.bg];
    const bpp = this.bytesPerPixel;
    const rows = glyphRows(code);
    const bytes = Buffer.alloc(CELL_WIDTH * CELL_HEIGHT * bpp);
    for (let py = 0; py < CELL_HEIGHT; py += 1) {
      for (let px = 0; px < CELL_WIDTH; px += 1) {
        const gy = Math.floor((py - INSET) / SCALE);
        const gx = Math.floor((px - INSET) / SCALE);
        const on =
          py >= INSET && px >= INSET && gy < GLYPH_HEIGHT && gx < GLYPH_WIDTH && (rows[gy] & (1 << (GLYPH_WIDTH - 1 - gx))) !== 0;
        (on ? ink : paper).copy(bytes, (py * CELL_WIDTH + px) * bpp);
      }
    }
    const cell = pixelView(bytes, bpp);
    this.cellCache.set(key, cell);
    return cell;
  }
}

type PixelArray = Uint8Array | Uint16Array | Uint32Array;

/** Buffer.alloc returns its own zero-offset ArrayBuffer for these sizes, so the view is aligned. */
function pixelView(buf: Buffer, bytesPerPixel: number): PixelArray {
  const length = buf.length / bytesPerPixel;
  if (bytesPerPixel === 4) return new Uint32Array(buf.buffer, buf.byteOffset, length);
  if (bytesPerPixel === 2) return new Uint16Array(buf.buffer, buf.byteOffset, length);
  return new Uint8Array(buf.buffer, buf.byteOffset, length);
}
