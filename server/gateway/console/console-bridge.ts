import type { Socket } from 'node:net';
import type { RawData, WebSocket } from 'ws';
import { browserHandshake } from './browser-handshake';
import { ByteReader } from './byte-reader';
import { CLOSE, ConsoleCloseError, type CloseReason } from './close-codes';
import type { ConsoleLimits } from './console-limits';
import type { ConsoleRegistry, LiveConsole } from './console-registry';
import { connectUpstream, type VncTarget } from './vnc-upstream';

export interface BridgeOptions {
  sessionId: string;
  vmId: string;
  target: VncTarget;
  limits: ConsoleLimits;
  registry: ConsoleRegistry;
  /** Called once, with how the console ended (for the log). */
  onClose?: (reason: CloseReason | null) => void;
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/**
 * One browser console: authenticates upstream, answers the browser's handshake with "None", then copies
 * bytes both ways. A side is paused while its peer has more than highWaterBytes queued.
 */
export class ConsoleBridge implements LiveConsole {
  upstreamPaused = false;
  browserPaused = false;
  private upstream: Socket | null = null;
  private readonly reader = new ByteReader();
  private bridging = false;
  private closed = false;
  private lastActivity = Date.now();
  private idleTimer: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly opts: BridgeOptions,
  ) {
    opts.registry.add(this);
    ws.on('message', (data) => this.fromBrowser(toBuffer(data)));
    ws.on('close', () => this.finish(null));
    ws.on('error', () => this.finish(null));
    this.idleTimer = setTimeout(() => this.checkIdle(), opts.limits.idleMs);
  }

  get sessionId(): string {
    return this.opts.sessionId;
  }

  get vmId(): string {
    return this.opts.vmId;
  }

  async run(): Promise<void> {
    const { limits } = this.opts;
    try {
      const { socket, leftover } = await connectUpstream(this.opts.target, limits.connectTimeoutMs);
      if (this.closed) {
        socket.destroy();
        return;
      }
      this.upstream = socket;
      socket.on('close', () => this.close(CLOSE.upstreamClosed));
      socket.on('drain', () => {
        if (!this.browserPaused) return;
        this.browserPaused = false;
        this.ws.resume();
      });
      const stalled = setTimeout(() => this.reader.fail(new ConsoleCloseError(CLOSE.badHandshake)), limits.connectTimeoutMs);
      try {
        await browserHandshake((data) => this.ws.send(data), this.reader);
      } finally {
        clearTimeout(stalled);
      }
      if (this.closed) return;
      this.bridging = true;
      const early = this.reader.drain();
      if (early.length > 0) this.toUpstream(early);
      if (leftover.length > 0) this.toBrowser(leftover);
      socket.on('data', (chunk: Buffer) => this.toBrowser(chunk));
      socket.resume();
    } catch (err) {
      this.close(err instanceof ConsoleCloseError ? err.close : CLOSE.unreachable);
    }
  }

  close(reason: CloseReason): void {
    if (this.closed) return;
    const { readyState } = this.ws;
    if (readyState === this.ws.OPEN || readyState === this.ws.CONNECTING) this.ws.close(reason.code, reason.reason);
    this.finish(reason);
  }

  private finish(reason: CloseReason | null): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.upstream?.destroy();
    this.reader.fail(new ConsoleCloseError(CLOSE.badHandshake));
    this.opts.registry.remove(this);
    this.opts.onClose?.(reason);
  }

  private fromBrowser(data: Buffer): void {
    this.lastActivity = Date.now();
    if (this.bridging) this.toUpstream(data);
    else this.reader.push(data);
  }

  private toUpstream(data: Buffer): void {
    const upstream = this.upstream;
    if (!upstream || this.closed) return;
    upstream.write(data);
    if (upstream.writableLength > this.opts.limits.highWaterBytes && !this.browserPaused) {
      this.browserPaused = true;
      this.ws.pause();
    }
  }

  private toBrowser(chunk: Buffer): void {
    this.lastActivity = Date.now();
    if (this.closed) return;
    const highWater = this.opts.limits.highWaterBytes;
    this.ws.send(chunk, { binary: true }, () => {
      // Each frame's callback runs once it reached the socket: resume when the queue has gone down.
      if (this.upstreamPaused && this.ws.bufferedAmount <= highWater / 2) {
        this.upstreamPaused = false;
        this.upstream?.resume();
      }
    });
    if (this.ws.bufferedAmount > highWater && !this.upstreamPaused) {
      this.upstreamPaused = true;
      this.upstream?.pause();
    }
  }

  private checkIdle(): void {
    const idleFor = Date.now() - this.lastActivity;
    const { idleMs } = this.opts.limits;
    if (idleFor >= idleMs) this.close(CLOSE.idle);
    else this.idleTimer = setTimeout(() => this.checkIdle(), idleMs - idleFor);
  }
}
