import { z } from 'zod';

// An empty variable counts as unset, so `SIM_PORT=` falls back to the default instead of failing.
const orDefault = (fallback: string) => (v: unknown) => (v === '' || v === undefined ? fallback : v);
const num = (fallback: number, min: number, max: number, integer = true) =>
  z.preprocess(orDefault(String(fallback)), (integer ? z.coerce.number().int() : z.coerce.number()).min(min).max(max));

/** The simulator's environment; the gateway's configuration extends it. */
const simulatorEnvSchema = z.object({
  SIM_HOST: z.preprocess(orDefault('127.0.0.1'), z.string()),
  SIM_PORT: num(8090, 0, 65535),
  SIM_SEED: z.preprocess(orDefault('1'), z.enum(['0', '1', 'true', 'false'])),
  SIM_TRANSITION_MS: num(2000, 0, 600_000),
  SIM_LATENCY_MS: num(0, 0, 60_000),
  SIM_ERROR_RATE: num(0, 0, 1, false),
  DATA_DIR: z.preprocess(orDefault('./data'), z.string()),
  // FIRST-LAST: the ports VNC endpoints may take, for a machine where only a range is open; unset: any free port.
  SIM_VNC_PORTS: z.preprocess(
    orDefault(''),
    z.string().refine((v) => v === '' || vncPortRange(v) !== null, 'must be FIRST-LAST, 1 <= FIRST <= LAST <= 65535'),
  ),
});

export interface PortRange {
  first: number;
  last: number;
}

function vncPortRange(text: string): PortRange | null {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(text);
  if (!m) return null;
  const [first, last] = [Number(m[1]), Number(m[2])];
  return first >= 1 && first <= last && last <= 65535 ? { first, last } : null;
}

export interface SimulatorConfig {
  host: string;
  port: number;
  seed: boolean;
  transitionMs: number;
  latencyMs: number;
  errorRate: number;
  dataDir: string;
  /** Unset: VNC endpoints listen on any free port. */
  vncPorts?: PortRange;
}

/** Reads and checks the environment once; a bad value stops the start with the variable's name. */
export function readSimulatorConfig(env: Record<string, string | undefined>): SimulatorConfig {
  const parsed = simulatorEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue.path.join('.');
    throw new Error(`Invalid environment variable ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    host: e.SIM_HOST,
    port: e.SIM_PORT,
    seed: e.SIM_SEED === '1' || e.SIM_SEED === 'true',
    transitionMs: e.SIM_TRANSITION_MS,
    latencyMs: e.SIM_LATENCY_MS,
    errorRate: e.SIM_ERROR_RATE,
    dataDir: e.DATA_DIR,
    ...(e.SIM_VNC_PORTS ? { vncPorts: vncPortRange(e.SIM_VNC_PORTS) ?? undefined } : {}),
  };
}
