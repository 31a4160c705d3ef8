import { connect, type Socket } from 'node:net';
import { vncAuthResponse } from '../../vnc-des';
import { ByteReader } from './byte-reader';
import { CLOSE, ConsoleCloseError } from './close-codes';

export interface VncTarget {
  host: string;
  port: number;
  password: string;
}

const NONE = 1;
const VNC_AUTH = 2;

/**
 * Connects to a VNC endpoint and authenticates there (RFB 3.8/3.7/3.3, VNC authentication), so the password
 * stays in the gateway. Resolves with the socket paused right before ClientInit, which the browser sends.
 */
export async function connectUpstream(target: VncTarget, timeoutMs: number): Promise<{ socket: Socket; leftover: Buffer }> {
  const socket = connect({ host: target.host, port: target.port });
  // Keystrokes are tiny packets: without this, Nagle's algorithm delays each echo by ~40 ms.
  socket.setNoDelay(true);
  const reader = new ByteReader();
  const onData = (chunk: Buffer) => reader.push(chunk);
  socket.on('data', onData);
  socket.on('error', () => reader.fail(new ConsoleCloseError(CLOSE.unreachable)));
  socket.on('close', () => reader.fail(new ConsoleCloseError(CLOSE.unreachable)));
  const timer = setTimeout(() => {
    reader.fail(new ConsoleCloseError(CLOSE.timedOut));
    socket.destroy();
  }, timeoutMs);
  try {
    await handshake(socket, reader, target.password);
    socket.pause();
    socket.off('data', onData);
    return { socket, leftover: reader.drain() };
  } catch (err) {
    socket.destroy();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function handshake(socket: Socket, reader: ByteReader, password: string): Promise<void> {
  const version = /^RFB 003\.(\d{3})\n$/.exec((await reader.read(12)).toString('latin1'));
  if (!version) throw new ConsoleCloseError(CLOSE.unreachable);
  const minor = Math.min(Number(version[1]), 8) >= 7 ? Math.min(Number(version[1]), 8) : 3;
  socket.write(`RFB 003.00${minor}\n`);
  let type: number;
  if (minor === 3) {
    type = (await reader.read(4)).readUInt32BE(0);
    if (type === 0) throw new ConsoleCloseError(CLOSE.unreachable);
  } else {
    const count = (await reader.read(1))[0];
    if (count === 0) throw new ConsoleCloseError(CLOSE.unreachable);
    const offered = [...(await reader.read(count))];
    type = offered.includes(VNC_AUTH) ? VNC_AUTH : offered.includes(NONE) ? NONE : 0;
    if (type === 0) throw new ConsoleCloseError(CLOSE.unreachable);
    socket.write(Buffer.from([type]));
  }
  if (type === VNC_AUTH) socket.write(vncAuthResponse(password, await reader.read(16)));
  else if (type !== NONE) throw new ConsoleCloseError(CLOSE.unreachable);
  // 3.3 and 3.7 send no SecurityResult after "None".
  if (type === NONE && minor < 8) return;
  if ((await reader.read(4)).readUInt32BE(0) !== 0) throw new ConsoleCloseError(CLOSE.authFailed);
}
