import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { benchPort } from './bench-ports';
import { sleep } from './stats';

/** Debian's websockify (python3-websockify), when it is on the PATH; never installed by the benchmark. */
export function websockifyInstalled(): boolean {
  const probe = spawnSync('websockify', ['--help'], { stdio: 'ignore' });
  return !probe.error;
}

async function freePort(): Promise<number> {
  const pinned = benchPort();
  if (pinned) return pinned;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function listening(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error('websockify did not start listening');
    await sleep(100);
  }
}

/** Starts websockify on a free loopback port in front of host:port; returns its ws:// URL and a stop. */
export async function startWebsockify(target: { host: string; port: number }): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child: ChildProcess = spawn('websockify', [`127.0.0.1:${port}`, `${target.host}:${target.port}`], { stdio: 'ignore' });
  await listening(port, 10_000);
  return { url: `ws://127.0.0.1:${port}/`, stop: () => void child.kill() };
}
