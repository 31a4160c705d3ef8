import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haproxyConfig } from '../deploy/haproxy-config';
import { ensureService } from '../scripts/ensure-services';
import { startRedis, type RedisProcess } from '../server/gateway/state/test-redis';
import { assertPortFree, httpOk, spawnLogged, tail, waitFor, type Managed } from './processes';
import { waitForAllReplicas } from './served-by';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The replicas' console slot lifetime: how long a crashed replica's consoles keep counting against the caps. */
export const CONSOLE_SLOT_TTL_SECONDS = 3;

export interface Replica {
  /** HAProxy's name for it (X-Served-By): gateway1, gateway2, ... */
  name: string;
  url: string;
  /** Kills it (SIGKILL: a crash) or stops it; HAProxy routes around it within about two seconds. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same port and data directory, and waits until it answers. */
  restart(): Promise<void>;
  alive(): boolean;
}

export interface Cluster {
  /** HAProxy: what a browser would use. */
  url: string;
  replicas: Replica[];
  redis: RedisProcess;
  simulatorUrl: string;
  /** What HAProxy's health check asks: /readyz once the gateway serves it, /auth/config until then. */
  healthPath: string;
  workDir: string;
  close(): Promise<void>;
}

export interface ClusterOptions {
  /** HAProxy listens here, the replicas on the next ports (8600, 8601-8603). */
  basePort?: number;
  simulatorPort?: number;
  replicas?: number;
  /** The replicas' LOG_LEVEL (info by default; the benchmark uses warn). */
  logLevel?: string;
}

/** Node with tsx's loader, no npx or tsx CLI in between: the child's pid is the server itself. */
const tsx = (script: string) => ['--import', 'tsx', join(root, script)];

/**
 * Redis, the simulator alone, N gateway processes sharing SESSION_SECRET and REDIS_URL (each with its own
 * DATA_DIR, as separate machines would have), and HAProxy in front. Everything started is torn down again
 * when the start fails, with the logs' last lines in the error.
 */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const basePort = opts.basePort ?? 8600;
  const simulatorPort = opts.simulatorPort ?? 8700;
  const count = opts.replicas ?? 3;
  const haproxyBin = ensureService('haproxy');
  const workDir = resolve(root, `.tmp/cluster-${basePort}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const started: { stop(): Promise<void> }[] = [];
  const logs: string[] = [];
  const closeAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    started.length = 0;
  };
  try {
    for (let i = 0; i <= count; i += 1) await assertPortFree(basePort + i);
    await assertPortFree(simulatorPort);
    const redis = await startRedis();
    started.push({ stop: () => redis.stop() });

    const simulatorUrl = `http://127.0.0.1:${simulatorPort}/api`;
    const simEnv = { ...process.env, SIM_HOST: '127.0.0.1', SIM_PORT: String(simulatorPort), SIM_TRANSITION_MS: '1500', DATA_DIR: join(workDir, 'simulator') };
    const simulator = spawnLogged('simulator', process.execPath, tsx('server/simulator/main.ts'), simEnv, join(workDir, 'simulator.log'));
    started.push(simulator);
    logs.push(simulator.logFile);

    // The cluster test drives the API, not the app: a placeholder dist/ newer than src/ keeps main.ts from building it.
    const distDir = join(workDir, 'dist');
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>cluster test</title>\n');

    const secret = randomBytes(36).toString('base64url');
    const replicas = Array.from({ length: count }, (_, i) => {
      const port = basePort + 1 + i;
      const env = {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: join(workDir, `gateway${i + 1}`),
        DIST_DIR: distDir,
        UCLOUDSTACK_API_URL: simulatorUrl,
        SESSION_SECRET: secret,
        REDIS_URL: redis.url,
        TRUST_PROXY: 'true',
        LOG_LEVEL: opts.logLevel ?? 'info',
        // Short, so a killed replica's console slots free themselves within the test.
        CONSOLE_SLOT_TTL_SECONDS: String(CONSOLE_SLOT_TTL_SECONDS),
      };
      const logFile = join(workDir, `gateway${i + 1}.log`);
      logs.push(logFile);
      return replica(`gateway${i + 1}`, `http://127.0.0.1:${port}`, () => spawnLogged(`gateway${i + 1}`, process.execPath, tsx('server/main.ts'), env, logFile));
    });
    started.push(...replicas);
    await waitFor('the simulator', async () => {
      if (!simulator.alive()) throw new Error('the simulator exited');
      return simulatorAnswers(simulatorUrl);
    }, 60_000);
    await Promise.all(replicas.map((r) => r.restart()));

    const healthPath = (await httpOk(`${replicas[0].url}/readyz`)) ? '/readyz' : '/auth/config';
    const config = haproxyConfig({
      listen: `127.0.0.1:${basePort}`,
      servers: replicas.map((r) => r.url.replace('http://', '')),
      healthPath,
      servedByHeader: true,
    });
    const configFile = join(workDir, 'haproxy.cfg');
    writeFileSync(configFile, config);
    const haproxy = spawnLogged('haproxy', haproxyBin, ['-db', '-f', configFile], process.env, join(workDir, 'haproxy.log'));
    started.push(haproxy);
    logs.push(haproxy.logFile);
    const url = `http://127.0.0.1:${basePort}`;
    await waitForAllReplicas(url, replicas.map((r) => r.name), 30_000);

    return { url, replicas, redis, simulatorUrl, healthPath, workDir, close: closeAll };
  } catch (err) {
    await closeAll();
    const detail = logs.map((file) => `--- ${file}\n${tail(file)}`).join('\n');
    throw new Error(`The cluster did not start: ${err instanceof Error ? err.message : String(err)}\n${detail}`, { cause: err });
  }
}

/** Any answer from the simulator's RPC endpoint means it listens (it has no health route of its own). */
async function simulatorAnswers(apiUrl: string): Promise<boolean> {
  try {
    const res = await fetch(apiUrl, { method: 'POST', signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function replica(name: string, url: string, spawnIt: () => Managed): Replica {
  let current: Managed | null = null;
  return {
    name,
    url,
    alive: () => current?.alive() ?? false,
    stop: async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
      await current?.stop(signal);
    },
    restart: async () => {
      if (current?.alive()) throw new Error(`${name} is still running`);
      const proc = spawnIt();
      current = proc;
      await waitFor(`${name} at ${url}`, async () => {
        if (!proc.alive()) throw new Error(`${name} exited:\n${tail(proc.logFile)}`);
        return httpOk(`${url}/auth/config`);
      }, 90_000);
    },
  };
}
