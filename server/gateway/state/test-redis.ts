import { spawn, type ChildProcess } from 'node:child_process';
import { ensureService } from '../../../scripts/ensure-services';

/** Test support: a throw-away redis-server on 127.0.0.1, stoppable and restartable on the same port. */
export interface RedisProcess {
  port: number;
  url: string;
  /** SIGTERM (or SIGKILL) and wait for the exit. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts again on the same port, empty (nothing is persisted). */
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT: a Redis that accepts bytes but never answers, as a hung or overloaded one does. */
  pause(): void;
  resume(): void;
}

/** The range this project's tests use for Redis; parallel test files take different ports of it. */
const REDIS_TEST_PORTS = { first: 6390, last: 6399 } as const;

function launch(binary: string, port: number): Promise<ChildProcess | null> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice'];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    // Exiting before it is ready is almost always a port in use: the caller tries the next one.
    child.once('exit', () => {
      if (/in use|bind/i.test(output)) resolve(null);
      else reject(new Error(`redis-server on port ${port} exited:\n${output}`));
    });
  });
}

function waitExit(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export async function startRedis(ports: { first: number; last: number } = REDIS_TEST_PORTS): Promise<RedisProcess> {
  const binary = ensureService('redis');
  const count = ports.last - ports.first + 1;
  const offset = Math.floor(Math.random() * count);
  let child: ChildProcess | null = null;
  let port = 0;
  for (let i = 0; i < count && !child; i += 1) {
    port = ports.first + ((offset + i) % count);
    child = await launch(binary, port);
  }
  if (!child) throw new Error(`No free port for redis-server in ${ports.first}-${ports.last}.`);
  let current: ChildProcess = child;
  // A test that dies must not leave its Redis behind.
  const killOnExit = () => current.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: (signal = 'SIGTERM') => waitExit(current, signal),
    pause: () => void current.kill('SIGSTOP'),
    resume: () => void current.kill('SIGCONT'),
    start: async () => {
      const next = await launch(binary, port);
      if (!next) throw new Error(`redis-server could not take port ${port} again.`);
      current = next;
    },
  };
}
