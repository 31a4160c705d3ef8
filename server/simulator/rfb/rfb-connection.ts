import type { Socket } from 'node:net';
import { ByteQueue } from './byte-queue';
import { Damage } from './damage';
import type { GuestConsole } from './guest-console';
import { Keyboard } from './keyboard';
import { DEFAULT_PIXEL_FORMAT, decodePixelFormat, encodePixelFormat, isSupportedPixelFormat } from './pixel-format';
import { RfbHandshake, u32 } from './rfb-handshake';
import { CELL_HEIGHT, CELL_WIDTH, ScreenRenderer } from './screen-renderer';

const RAW = 0;
const COPY_RECT = 1;
const MAX_CUT_TEXT = 1 << 20;

/** One VNC client of a VM's console: handshake, then the RFB client-to-server messages (RFB spec 7.5). */
export class RfbConnection {
  private readonly queue = new ByteQueue();
  private readonly handshake: RfbHandshake;
  private readonly keyboard = new Keyboard();
  private readonly damage: Damage;
  private renderer: ScreenRenderer;
  private initialised = false;
  private copyRect = false;
  private waiting = false;
  private flushScheduled = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly socket: Socket,
    password: string,
    private readonly desktopName: string,
    private readonly guest: GuestConsole,
  ) {
    const { screen } = guest;
    this.damage = new Damage(screen.rows, screen.cols);
    this.renderer = new ScreenRenderer(screen, DEFAULT_PIXEL_FORMAT);
    this.unsubscribe = screen.onChange((change) => {
      this.damage.apply(change);
      this.scheduleFlush();
    });
    socket.on('close', this.unsubscribe);
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      this.queue.push(chunk);
      this.step();
    });
    this.handshake = new RfbHandshake(socket, password);
  }

  private step(): void {
    if (!this.handshake.done && !this.handshake.step(this.queue)) return;
    if (!this.handshake.done) return;
    if (!this.initialised) {
      if (!this.queue.take(1)) return; // ClientInit: the shared flag does not matter, every client shares
      this.sendServerInit();
      this.initialised = true;
    }
    while (!this.socket.destroyed && this.message()) {
      // keep parsing complete messages
    }
  }

  /** Parses one message; false when it is incomplete (or the connection was dropped). */
  private message(): boolean {
    const type = this.queue.peek(1)?.[0];
    switch (type) {
      case undefined:
        return false;
      case 0: {
        const msg = this.queue.take(20);
        if (!msg) return false;
        const pf = decodePixelFormat(msg.subarray(4));
        if (!isSupportedPixelFormat(pf)) return this.drop();
        this.renderer = new ScreenRenderer(this.guest.screen, pf);
        this.damage.markAll();
        return true;
      }
      case 2: {
        const head = this.queue.peek(4);
        if (!head) return false;
        const msg = this.queue.take(4 + 4 * head.readUInt16BE(2));
        if (!msg) return false;
        const encodings = Array.from({ length: head.readUInt16BE(2) }, (_, i) => msg.readInt32BE(4 + 4 * i));
        this.copyRect = encodings.includes(COPY_RECT);
        return true;
      }
      case 3: {
        const msg = this.queue.take(10);
        if (!msg) return false;
        this.updateRequest(msg[1] !== 0, msg.readUInt16BE(2), msg.readUInt16BE(4), msg.readUInt16BE(6), msg.readUInt16BE(8));
        return true;
      }
      case 4: {
        const msg = this.queue.take(8);
        if (!msg) return false;
        const input = this.keyboard.key(msg[1] !== 0, msg.readUInt32BE(4));
        if (input) this.guest.input(input);
        return true;
      }
      case 5:
        return this.queue.take(6) !== null;
      case 6: {
        const head = this.queue.peek(8);
        if (!head) return false;
        // Extended clipboard sends a negative length; either way the text is skipped.
        const length = Math.abs(head.readInt32BE(4));
        if (length > MAX_CUT_TEXT) return this.drop();
        return this.queue.take(8 + length) !== null;
      }
      default:
        // Unknown message: its length is unknown too, so the stream cannot be resynchronised.
        return this.drop();
    }
  }

  private updateRequest(incremental: boolean, x: number, y: number, w: number, h: number): void {
    if (!incremental) {
      const { rows, cols } = this.guest.screen;
      const col = Math.min(Math.floor(x / CELL_WIDTH), cols - 1);
      const row = Math.min(Math.floor(y / CELL_HEIGHT), rows - 1);
      const colEnd = Math.min(Math.ceil((x + w) / CELL_WIDTH), cols);
      const rowEnd = Math.min(Math.ceil((y + h) / CELL_HEIGHT), rows);
      this.damage.markRect({ row, col, rows: Math.max(1, rowEnd - row), cols: Math.max(1, colEnd - col) });
    }
    // An incremental request with nothing new is held until the screen changes.
    this.waiting = true;
    if (!this.damage.empty) this.flush();
  }

  private scheduleFlush(): void {
    if (!this.waiting || this.flushScheduled) return;
    this.flushScheduled = true;
    // Coalesces a burst of changes (a whole boot log) into one update.
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.waiting && !this.damage.empty) this.flush();
    });
  }

  private flush(): void {
    if (this.socket.destroyed || !this.initialised) return;
    this.waiting = false;
    const { scrolled, rects } = this.damage.take(this.copyRect);
    const parts: Buffer[] = [];
    const header = Buffer.alloc(4);
    header.writeUInt16BE(rects.length + (scrolled > 0 ? 1 : 0), 2);
    parts.push(header);
    const { width, height } = this.renderer;
    if (scrolled > 0) {
      const dy = scrolled * CELL_HEIGHT;
      parts.push(rectHeader(0, 0, width, height - dy, COPY_RECT), Buffer.from([0, 0, dy >> 8, dy & 0xff]));
    }
    for (const rect of rects) {
      parts.push(
        rectHeader(rect.col * CELL_WIDTH, rect.row * CELL_HEIGHT, rect.cols * CELL_WIDTH, rect.rows * CELL_HEIGHT, RAW),
        this.renderer.render(rect),
      );
    }
    this.socket.write(Buffer.concat(parts));
  }

  private sendServerInit(): void {
    const name = Buffer.from(this.desktopName, 'utf8');
    const size = Buffer.alloc(4);
    size.writeUInt16BE(this.renderer.width, 0);
    size.writeUInt16BE(this.renderer.height, 2);
    this.socket.write(Buffer.concat([size, encodePixelFormat(DEFAULT_PIXEL_FORMAT), u32(name.length), name]));
  }

  private drop(): false {
    this.socket.destroy();
    return false;
  }
}

function rectHeader(x: number, y: number, w: number, h: number, encoding: number): Buffer {
  const buf = Buffer.alloc(12);
  buf.writeUInt16BE(x, 0);
  buf.writeUInt16BE(y, 2);
  buf.writeUInt16BE(w, 4);
  buf.writeUInt16BE(h, 6);
  buf.writeInt32BE(encoding, 8);
  return buf;
}
