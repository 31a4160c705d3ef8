/** Bytes received but not parsed yet; RFB messages arrive split and merged arbitrarily over TCP. */
export class ByteQueue {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
  }

  get length(): number {
    return this.buf.length;
  }

  /** The first n bytes without consuming them, or null when fewer have arrived. */
  peek(n: number): Buffer | null {
    return this.buf.length >= n ? this.buf.subarray(0, n) : null;
  }

  take(n: number): Buffer | null {
    if (this.buf.length < n) return null;
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
}
