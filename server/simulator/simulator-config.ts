import { z } from 'zod';

// An empty variable counts as unset, so `SIM_PORT=` falls back to the default instead of failing.
const orDefault = (fallback: string) => (v: unknown) => (v === '' || v === undefined ? fallback : v);
const num = (fallback: number, min: number, max: number, integer = true) =>
  z.preprocess(orDefault(String(fallback)), (integer ? z.coerce.number().int() : z.coerce.number()).min(min).max(max));

/** The simulator's environment; the gateway's configuration extends it. */
export const simulatorEnvSchema = z.object({
  SIM_HOST: z.preprocess(orDefault('127.0.0.1'), z.string()),
  SIM_PORT: num(8090, 0, 65535),
  SIM_SEED: z.preprocess(orDefault('1'), z.enum(['0', '1', 'true', 'false'])),
  SIM_TRANSITION_MS: num(2000, 0, 600_000),
  SIM_LATENCY_MS: num(0, 0, 60_000),
  SIM_ERROR_RATE: num(0, 0, 1, false),
  DATA_DIR: z.preprocess(orDefault('./data'), z.string()),
});

export interface SimulatorConfig {
  host: string;
  port: number;
  seed: boolean;
  transitionMs: number;
  latencyMs: number;
  errorRate: number;
  dataDir: string;
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
  };
}
