import type { ByteReader } from './byte-reader';
import { CLOSE, ConsoleCloseError } from './close-codes';

const NONE = 1;

/**
 * The server half of the RFB handshake towards the browser, offering only "None": the gateway already
 * authenticated upstream, so no VNC password or challenge ever reaches the page.
 */
export async function browserHandshake(send: (data: Buffer) => void, reader: ByteReader): Promise<void> {
  send(Buffer.from('RFB 003.008\n', 'latin1'));
  const version = /^RFB 003\.(\d{3})\n$/.exec((await reader.read(12)).toString('latin1'));
  if (!version) throw new ConsoleCloseError(CLOSE.badHandshake);
  const minor = Number(version[1]);
  if (minor < 7) {
    send(u32(NONE));
    return;
  }
  send(Buffer.from([1, NONE]));
  if ((await reader.read(1))[0] !== NONE) throw new ConsoleCloseError(CLOSE.badHandshake);
  // Only 3.8 confirms "None" with a SecurityResult.
  if (minor >= 8) send(u32(0));
}

function u32(value: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(value, 0);
  return buf;
}
