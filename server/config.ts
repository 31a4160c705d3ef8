import { z } from 'zod';
import { stateEnvSchema } from './gateway/state/state-env';
import { readSimulatorConfig, type SimulatorConfig } from './simulator/simulator-config';

/** A configuration value the process cannot start with; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

// Environment values are text; an empty value counts as unset so `VAR=` in a shell falls back to the default.
const text = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);
const intIn = (min: number, max: number, fallback: number) =>
  text(
    z
      .string()
      .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`))
      .optional()
      .default(fallback),
  );

const gatewayEnvSchema = z.object({
  HOST: text(z.string().min(1).optional().default('127.0.0.1')),
  PORT: intIn(0, 65535, 8080),
  DATA_DIR: text(z.string().min(1).optional().default('./data')),
  /** The built app; relative paths are from the repository root. */
  DIST_DIR: text(z.string().min(1).optional().default('dist')),
  UCLOUDSTACK_API_URL: text(
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .optional(),
  ),
  SESSION_SECRET: text(z.string().min(32, 'must be at least 32 characters long').optional()),
  SESSION_IDLE_MINUTES: intIn(1, 7 * 24 * 60, 30),
  SESSION_ABSOLUTE_HOURS: intIn(1, 24 * 30, 12),
  LOG_LEVEL: text(
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .optional()
      .default('info'),
  ),
  /**
   * Which proxies in front may set X-Forwarded-For/-Proto/-Host: false (none), true (the one proxy the
   * gateway's socket sees: 1 hop), a hop count, or a comma-separated list of proxy addresses/CIDRs.
   * Never the whole chain: a client can write any left-most X-Forwarded-For entry (issue 13).
   */
  TRUST_PROXY: text(
    z
      .string()
      .optional()
      .default('false')
      .transform((v, ctx): boolean | number | string[] => {
        const value = v.trim();
        if (value === 'false' || value === '0') return false;
        if (value === 'true' || value === '1') return true;
        if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
        const list = value.split(',').map((a) => a.trim());
        if (list.every((a) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a) && /[.:]/.test(a))) return list;
        ctx.addIssue({ code: 'custom', message: 'must be true, false, a hop count (1-10) or a comma-separated list of proxy addresses' });
        return z.NEVER;
      }),
  ),
  /** The currency GetVMInstancePrice answers in, as an ISO 4217 code: the console only formats it. */
  CURRENCY: text(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY or USD').optional().default('CNY')),
  /** Opt-in: the console may show a VNC endpoint and its password for a native client (README, Security model). */
  ALLOW_VNC_CLIENT_DETAILS: text(
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .optional()
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
  ),
});

export type GatewayEnv = z.output<typeof gatewayEnvSchema>;

/** What several replicas share and how: the state store (REDIS_URL) and the console caps it keeps. */
const replicaEnvSchema = stateEnvSchema.extend({
  /** Open consoles per access key across all replicas; below the per-replica cap (200) so one tenant cannot take them all. */
  CONSOLES_PER_KEY: intIn(1, 199, 50),
  /** A console slot of a crashed replica frees itself this long after its last renewal (renewed every third of it). */
  CONSOLE_SLOT_TTL_SECONDS: intIn(3, 600, 30),
  /** The activity log keeps about this many newest events in the state store; the log lines keep them all. */
  ACTIVITY_LOG_CAP: intIn(100, 1_000_000, 10_000),
});

export type ReplicaEnv = z.output<typeof replicaEnvSchema>;

/** Turns zod issues into one line per variable, never echoing SESSION_SECRET's value. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`).join('\n');
}

/** Reads the gateway's variables once; throws ConfigError naming the variable when one is bad. */
export function readGatewayEnv(env: NodeJS.ProcessEnv = process.env): GatewayEnv {
  const parsed = gatewayEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  return parsed.data;
}

export interface AppConfig {
  gateway: GatewayEnv;
  replica: ReplicaEnv;
  /** The embedded simulator's settings (SIM_*), or null when UCLOUDSTACK_API_URL points at a real platform. */
  simulator: SimulatorConfig | null;
}

/** Everything `npm start` needs, read and checked once; the SIM_* variables matter only without an upstream URL. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const gateway = readGatewayEnv(env);
  const parsed = replicaEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  const replica = parsed.data;
  if (gateway.UCLOUDSTACK_API_URL) return { gateway, replica, simulator: null };
  try {
    return { gateway, replica, simulator: readSimulatorConfig({ ...env, DATA_DIR: gateway.DATA_DIR }) };
  } catch (err) {
    throw new ConfigError(err instanceof Error ? err.message : String(err));
  }
}
