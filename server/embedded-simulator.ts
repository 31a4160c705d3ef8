import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GatewayMessage, SimulatorMessage } from './simulator-process';
import type { SimulatorConfig } from './simulator/simulator-config';

export interface EmbeddedSimulator {
  /** The simulator's RPC endpoint, e.g. http://127.0.0.1:8090/api. */
  url: string;
  pid: number;
  close(): Promise<void>;
}

const entry = fileURLToPath(new URL('./simulator-process.ts', import.meta.url));

/**
 * Starts the embedded simulator (API and VNC servers) in a child process and resolves once it listens. Its
 * output goes to the gateway's own stdout and stderr (one log stream); close() stops it, and it stops by
 * itself if the gateway dies (the IPC channel closes).
 */
export function startEmbeddedSimulator(config: SimulatorConfig, urlOf: (host: string, port: number) => string): Promise<EmbeddedSimulator> {
  const child = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ kind: 'stop' } satisfies GatewayMessage);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`The embedded simulator exited before it listened (${signal ?? code}).`)));
    child.once('error', reject);
    child.on('message', (message: SimulatorMessage) => {
      if (message.kind === 'failed') reject(new Error(`The embedded simulator did not start: ${message.message}`));
      else resolve({ url: `${urlOf(config.host, message.port)}/api`, pid: child.pid ?? -1, close });
    });
    child.send({ kind: 'start', config } satisfies GatewayMessage);
  });
}
