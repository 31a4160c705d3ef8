import { readConfig } from '../server/config';
import { startStack } from '../server/stack';

/**
 * The console (gateway + embedded simulator) in a child process of its own, so the load generator
 * does not share its event loop or heap. Configured by the usual environment (PORT, DATA_DIR, SIM_*),
 * plus BENCH_DIST_DIR for the built app. Answers the parent over IPC; started by stack-process.ts.
 */
export type HostRequest = { id: number; op: 'memory' } | { id: number; op: 'close' };
export type HostMessage =
  | { type: 'ready'; url: string; upstreamUrl: string }
  | { type: 'memory'; id: number; heapUsed: number; rss: number }
  | { type: 'closed'; id: number };

function send(message: HostMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const stack = await startStack(readConfig(process.env), { distDir: process.env.BENCH_DIST_DIR || null });
  process.on('message', (request: HostRequest) => {
    if (request.op === 'memory') {
      // Twice: the first pass only queues finalisers of sockets and buffers.
      globalThis.gc?.();
      globalThis.gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      send({ type: 'memory', id: request.id, heapUsed, rss });
    } else {
      void stack.close().then(() => {
        send({ type: 'closed', id: request.id });
        process.exit(0);
      });
    }
  });
  // The parent went away (a crash or Ctrl-C): nothing else would stop this process.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: stack.url, upstreamUrl: stack.upstreamUrl });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
