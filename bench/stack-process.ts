import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureSeeded } from '../server/simulator/store/seed';
import { openDatabase, type Db } from '../server/simulator/store/open-database';
import { benchPort, benchPortRange } from './bench-ports';

const VNC_PORTS = 64;
import type { HostMessage, HostRequest } from './stack-host';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORK_DIR = `${ROOT}bench/.work`;

export interface StackProcessOptions {
  /** A fresh data directory under bench/.work. */
  name: string;
  distDir?: string;
  transitionMs?: number;
  /** Bulk-loads the store before the stack starts (seed-many.ts), with the demo world already seeded. */
  prepare?: (db: Db) => void;
}

export interface StackProcess {
  url: string;
  /** The simulator's /api URL (loopback). */
  upstreamUrl: string;
  /** heapUsed and RSS of the stack's process after a full GC. */
  memory(): Promise<{ heapUsed: number; rss: number }>;
  close(): Promise<void>;
}

/** Starts gateway + embedded simulator (server/stack.ts) in a child process with --expose-gc, on loopback ports. */
export async function startStackProcess(opts: StackProcessOptions): Promise<StackProcess> {
  const dataDir = `${WORK_DIR}/${opts.name}`;
  rmSync(dataDir, { recursive: true, force: true });
  const db = openDatabase(dataDir);
  ensureSeeded(db, { seed: true, nowMs: Date.now() });
  opts.prepare?.(db);
  db.close();
  const vncFirst = benchPortRange(VNC_PORTS, 0);
  const vncPorts = vncFirst ? `${vncFirst}-${vncFirst + VNC_PORTS - 1}` : '';
  const child: ChildProcess = fork(`${ROOT}bench/stack-host.ts`, [], {
    cwd: ROOT,
    // BENCH_CPU_PROF=<dir> writes a .cpuprofile of the stack when it exits, to see where its time goes.
    execArgv: ['--expose-gc', '--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(benchPort()),
      SIM_HOST: '127.0.0.1',
      SIM_PORT: String(benchPort()),
      // The consoles' VNC endpoints too, when ports are pinned: 64 covers the console section's 50 at once.
      ...(vncPorts ? { SIM_VNC_PORTS: vncPorts } : {}),
      DATA_DIR: dataDir,
      // Per-request info lines would drown the table; warnings and errors still show.
      LOG_LEVEL: 'warn',
      SIM_TRANSITION_MS: String(opts.transitionMs ?? 2000),
      SIM_LATENCY_MS: '0',
      SIM_ERROR_RATE: '0',
      BENCH_DIST_DIR: opts.distDir ?? '',
    },
  });
  let nextId = 1;
  const waiting = new Map<number, (message: HostMessage) => void>();
  const ready = new Promise<{ url: string; upstreamUrl: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the stack process exited with code ${code}`)));
    child.on('message', (message: HostMessage) => {
      if (message.type === 'ready') resolve(message);
      else waiting.get(message.id)?.(message);
    });
  });
  const ask = (op: HostRequest['op']) =>
    new Promise<HostMessage>((resolve) => {
      const id = nextId++;
      waiting.set(id, (message) => {
        waiting.delete(id);
        resolve(message);
      });
      child.send({ id, op } satisfies HostRequest);
    });
  const { url, upstreamUrl } = await ready;
  return {
    url,
    upstreamUrl,
    memory: async () => {
      const m = await ask('memory');
      if (m.type !== 'memory') throw new Error('unexpected answer from the stack process');
      return { heapUsed: m.heapUsed, rss: m.rss };
    },
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await ask('close');
      await exited;
    },
  };
}
