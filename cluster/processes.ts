import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One child process of the cluster, its output in a log file. */
export interface Managed {
  readonly name: string;
  readonly logFile: string;
  readonly pid: number;
  alive(): boolean;
  /** Sends the signal and waits for the exit; SIGTERM escalates to SIGKILL after 5 s. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export function spawnLogged(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Managed {
  const log = createWriteStream(logFile, { flags: 'a' });
  // No shell and no npx in between: the pid is the server itself, so SIGKILL really kills the replica.
  const child: ChildProcess = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  // The test runner dying must not leave servers holding the cluster's ports.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    name,
    logFile,
    pid: child.pid ?? -1,
    alive,
    stop: async (signal = 'SIGTERM') => {
      if (alive()) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      process.off('exit', killOnExit);
    },
  };
}

/** The last lines of a log, for a failure message that says why a process did not come up. */
export function tail(logFile: string, lines = 20): string {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Polls until `check` resolves true; throws with `what` when the time is up, or at once when `check` throws. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** True for a 2xx answer; false for any other answer or none (refused, timed out). */
export async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** Fails early, naming the port, instead of a server dying with EADDRINUSE somewhere in a log. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => reject(new Error(`Port 127.0.0.1:${port} is in use; the cluster needs it.`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
