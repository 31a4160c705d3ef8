import type { Socket } from 'node:net';
import { vncAuthResponse } from '../../vnc-des';

/** Where a test client's bytes go: a TCP socket to the simulator, or a WebSocket through the gateway. */
export interface RfbTransport {
  write(data: Buffer): void;
  onData(listener: (chunk: Buffer) => void): void;
  onClose(listener: () => void): void;
}

export function tcpTransport(socket: Socket): RfbTransport {
  return {
    write: (data) => socket.write(data),
    onData: (listener) => socket.on('data', listener),
    onClose: (listener) => socket.on('close', listener),
  };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  encoding: number;
  data: Buffer;
}

export interface ServerInit {
  width: number;
  height: number;
  bitsPerPixel: number;
  name: string;
}

/** A minimal RFB 3.8 client for tests: just enough to handshake, request updates and type. */
export class RfbTestClient {
  private chunks: Buffer[] = [];
  private total = 0;
  private wake: (() => void) | null = null;
  isClosed = false;
  bytesPerPixel = 4;

  constructor(private readonly transport: RfbTransport) {
    transport.onData((chunk) => {
      this.chunks.push(chunk);
      this.total += chunk.length;
      this.wake?.();
    });
    transport.onClose(() => {
      this.isClosed = true;
      this.wake?.();
    });
  }

  async read(n: number, timeoutMs = 3000): Promise<Buffer> {
    const deadline = Date.now() + timeoutMs;
    while (this.total < n) {
      if (this.isClosed) throw new Error(`closed while waiting for ${n} bytes (have ${this.total})`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${n} bytes (have ${this.total})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    // Chunks are joined only here, once per read: a megabyte frame arrives in many small chunks.
    const out = Buffer.alloc(n);
    let offset = 0;
    while (offset < n) {
      const chunk = this.chunks[0];
      const count = Math.min(chunk.length, n - offset);
      chunk.copy(out, offset, 0, count);
      offset += count;
      if (count === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(count);
    }
    this.total -= n;
    return out;
  }

  /** Version and security; password null picks "None". Returns the offered types and the result. */
  async handshake(password: string | null): Promise<{ types: number[]; ok: boolean; reason?: string }> {
    const version = (await this.read(12)).toString('latin1');
    if (version !== 'RFB 003.008\n') throw new Error(`unexpected version ${JSON.stringify(version)}`);
    this.transport.write(Buffer.from('RFB 003.008\n'));
    const count = (await this.read(1))[0];
    if (count === 0) {
      const length = (await this.read(4)).readUInt32BE(0);
      return { types: [], ok: false, reason: (await this.read(length)).toString('utf8') };
    }
    const types = [...(await this.read(count))];
    if (password === null) this.transport.write(Buffer.from([1]));
    else {
      this.transport.write(Buffer.from([2]));
      this.transport.write(vncAuthResponse(password, await this.read(16)));
    }
    const result = (await this.read(4)).readUInt32BE(0);
    if (result === 0) return { types, ok: true };
    const length = (await this.read(4)).readUInt32BE(0);
    return { types, ok: false, reason: (await this.read(length)).toString('utf8') };
  }

  async init(): Promise<ServerInit> {
    this.transport.write(Buffer.from([1]));
    const head = await this.read(24);
    const name = (await this.read(head.readUInt32BE(20))).toString('utf8');
    this.bytesPerPixel = head[4] / 8;
    return { width: head.readUInt16BE(0), height: head.readUInt16BE(2), bitsPerPixel: head[4], name };
  }

  /** Asks for true colour at 16 or 32 bpp (little-endian; RGB565 for 16). */
  setPixelFormat(bitsPerPixel: 16 | 32): void {
    const msg = Buffer.alloc(20);
    msg[0] = 0;
    const [max, shifts] = bitsPerPixel === 16 ? [[31, 63, 31], [11, 5, 0]] : [[255, 255, 255], [0, 8, 16]];
    msg.set([bitsPerPixel, bitsPerPixel === 16 ? 16 : 24, 0, 1], 4);
    max.forEach((m, i) => msg.writeUInt16BE(m, 8 + 2 * i));
    msg.set(shifts, 14);
    this.transport.write(msg);
    this.bytesPerPixel = bitsPerPixel / 8;
  }

  setEncodings(encodings: number[]): void {
    const msg = Buffer.alloc(4 + 4 * encodings.length);
    msg[0] = 2;
    msg.writeUInt16BE(encodings.length, 2);
    encodings.forEach((e, i) => msg.writeInt32BE(e, 4 + 4 * i));
    this.transport.write(msg);
  }

  requestUpdate(incremental: boolean, w = 0xffff, h = 0xffff): void {
    const msg = Buffer.alloc(10);
    msg[0] = 3;
    msg[1] = incremental ? 1 : 0;
    msg.writeUInt16BE(w, 6);
    msg.writeUInt16BE(h, 8);
    this.transport.write(msg);
  }

  key(down: boolean, keysym: number): void {
    const msg = Buffer.alloc(8);
    msg[0] = 4;
    msg[1] = down ? 1 : 0;
    msg.writeUInt32BE(keysym, 4);
    this.transport.write(msg);
  }

  type(text: string): void {
    for (const ch of text) {
      const sym = ch === '\n' ? 0xff0d : ch.charCodeAt(0);
      this.key(true, sym);
      this.key(false, sym);
    }
  }

  async readUpdate(timeoutMs = 3000): Promise<Rect[]> {
    const head = await this.read(4, timeoutMs);
    if (head[0] !== 0) throw new Error(`expected FramebufferUpdate, got message ${head[0]}`);
    const rects: Rect[] = [];
    for (let i = 0; i < head.readUInt16BE(2); i += 1) {
      const r = await this.read(12, timeoutMs);
      const [x, y, w, h, encoding] = [r.readUInt16BE(0), r.readUInt16BE(2), r.readUInt16BE(4), r.readUInt16BE(6), r.readInt32BE(8)];
      const size = encoding === 0 ? w * h * this.bytesPerPixel : encoding === 1 ? 4 : 0;
      rects.push({ x, y, w, h, encoding, data: await this.read(size, timeoutMs) });
    }
    return rects;
  }

  /** Resolves once the transport closed (or rejects after the timeout). */
  async waitClosed(timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.isClosed) {
      if (Date.now() > deadline) throw new Error('transport still open');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
