import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import { vncAuthResponse } from '../../vnc-des';
import type { ByteQueue } from './byte-queue';

const VNC_AUTH = 2;

/** The server half of RFB's version and security handshake (RFB spec 7.1-7.2), VNC authentication only. */
export class RfbHandshake {
  private phase: 'version' | 'security' | 'auth' | 'done' = 'version';
  private minor = 8;
  private readonly challenge = randomBytes(16);

  constructor(
    private readonly socket: Socket,
    private readonly password: string,
  ) {
    socket.write('RFB 003.008\n');
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  /** Consumes what it can; false when the connection was refused and closed. */
  step(queue: ByteQueue): boolean {
    if (this.phase === 'version') {
      const version = queue.take(12);
      if (!version) return true;
      const match = /^RFB (\d{3})\.(\d{3})\n$/.exec(version.toString('latin1'));
      if (!match || Number(match[1]) !== 3) return this.drop();
      const minor = Number(match[2]);
      // The spec says to treat unknown minors below 7 as 3.3 and anything newer as 3.8.
      this.minor = minor >= 8 ? 8 : minor === 7 ? 7 : 3;
      if (this.minor === 3) {
        this.socket.write(Buffer.concat([u32(VNC_AUTH), this.challenge]));
        this.phase = 'auth';
      } else {
        this.socket.write(Buffer.from([1, VNC_AUTH]));
        this.phase = 'security';
      }
    }
    if (this.phase === 'security') {
      const chosen = queue.take(1);
      if (!chosen) return true;
      if (chosen[0] !== VNC_AUTH) return this.fail('Security type not supported');
      this.socket.write(this.challenge);
      this.phase = 'auth';
    }
    if (this.phase === 'auth') {
      const response = queue.take(16);
      if (!response) return true;
      if (!timingSafeEqual(response, vncAuthResponse(this.password, this.challenge))) return this.fail('Authentication failed');
      this.socket.write(u32(0));
      this.phase = 'done';
    }
    return true;
  }

  /** SecurityResult "failed"; only 3.8 carries a reason string. */
  private fail(reason: string): false {
    const reasonBytes = Buffer.from(reason, 'utf8');
    this.socket.end(this.minor >= 8 ? Buffer.concat([u32(1), u32(reasonBytes.length), reasonBytes]) : u32(1));
    this.phase = 'done';
    return false;
  }

  private drop(): false {
    this.socket.destroy();
    return false;
  }
}

export function u32(value: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(value, 0);
  return buf;
}
