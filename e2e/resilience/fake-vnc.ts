import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { VncEndpoint } from './platform-answers';

/**
 * VNC endpoints that misbehave, for the console's resilience: one that accepts and never says a word,
 * and one that completes a real RFB 3.8 handshake (security "None", ServerInit) and then drops the
 * connection mid-session. Both count the connections they accepted.
 */
export interface FakeVnc extends VncEndpoint {
  connections(): number;
  close(): Promise<void>;
}

async function serve(onConnection: (socket: net.Socket) => void): Promise<FakeVnc> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Accepts the TCP connection and then never sends anything (not even the RFB version). */
export function startSilentVnc(): Promise<FakeVnc> {
  return serve(() => undefined);
}

function serverInit(width: number, height: number, name: string): Buffer {
  const head = Buffer.alloc(24);
  head.writeUInt16BE(width, 0);
  head.writeUInt16BE(height, 2);
  // Pixel format: 32 bpp, depth 24, little-endian, true colour, 8 bits per channel (R<<16, G<<8, B).
  head.set([32, 24, 0, 1], 4);
  head.writeUInt16BE(255, 8);
  head.writeUInt16BE(255, 10);
  head.writeUInt16BE(255, 12);
  head.set([16, 8, 0], 14);
  const title = Buffer.from(name, 'latin1');
  head.writeUInt32BE(title.length, 20);
  return Buffer.concat([head, title]);
}

/** A real RFB server up to ServerInit; `dropAfterMs` later it destroys the socket. */
export function startDroppingVnc(dropAfterMs: number): Promise<FakeVnc> {
  return serve((socket) => {
    let buffered = Buffer.alloc(0);
    // Bytes the client must send before each of our next steps: version (12), security choice (1), ClientInit (1).
    const steps: [number, () => void][] = [
      [12, () => socket.write(Buffer.from([1, 1]))],
      [1, () => socket.write(Buffer.from([0, 0, 0, 0]))],
      [
        1,
        () => {
          socket.write(serverInit(320, 200, 'resilience-drop'));
          setTimeout(() => socket.destroy(), dropAfterMs);
        },
      ],
    ];
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (steps.length > 0 && buffered.length >= steps[0][0]) {
        const [size, next] = steps.shift() as [number, () => void];
        buffered = buffered.subarray(size);
        next();
      }
    });
    socket.write('RFB 003.008\n');
  });
}
