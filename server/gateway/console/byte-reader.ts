/** Awaitable reads of exact byte counts from a stream of chunks, for the RFB handshakes. */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private waiter: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void } | null = null;
  private error: Error | null = null;

  push(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    this.settle();
  }

  /** No more bytes will come: a pending or later read rejects with this error. */
  fail(error: Error): void {
    this.error ??= error;
    this.settle();
  }

  read(n: number): Promise<Buffer> {
    if (this.waiter) return Promise.reject(new Error('Only one read at a time'));
    return new Promise((resolve, reject) => {
      this.waiter = { n, resolve, reject };
      this.settle();
    });
  }

  /** Whatever arrived beyond the handshake; it belongs to the bridged stream. */
  drain(): Buffer {
    const rest = this.buf;
    this.buf = Buffer.alloc(0);
    return rest;
  }

  private settle(): void {
    const waiter = this.waiter;
    if (!waiter) return;
    if (this.buf.length >= waiter.n) {
      this.waiter = null;
      const out = this.buf.subarray(0, waiter.n);
      this.buf = this.buf.subarray(waiter.n);
      waiter.resolve(out);
    } else if (this.error) {
      this.waiter = null;
      waiter.reject(this.error);
    }
  }
}
