import type { DemoAccountName } from '../../contract/gateway-auth';

/** A demo key pair of the embedded simulator, as server/simulator/demo-accounts.ts defines it. */
export interface DemoAccount {
  account: DemoAccountName;
  label: string;
  companyId: number;
  publicKey: string;
  privateKey: string;
}

/** Everything buildGateway needs; main.ts builds it from the environment, tests write it directly. */
export interface GatewayConfig {
  /** The platform's RPC endpoint, e.g. https://console.example/api. */
  upstreamUrl: string;
  /** 'simulator' enables the demo accounts; 'external' is a real UCloudStack. */
  upstreamKind: 'simulator' | 'external';
  demoAccounts: readonly DemoAccount[];
  sessionSecret: string;
  /** The SQLite file holding signed-out sessions (':memory:' in tests). */
  databasePath: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** TRUST_PROXY: true means one hop (the proxy the socket sees), never the whole X-Forwarded-For chain. */
  trustProxy: boolean | number | readonly string[];
  logLevel: string;
  /** The built SPA; null serves no static files. */
  distDir: string | null;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  /** ALLOW_VNC_CLIENT_DETAILS: /api/vnc-client hands VNC endpoints and passwords to the browser (off by default). */
  allowVncClientDetails?: boolean;
  /** Set: sign-outs, tickets, limits and console caps live in Redis, shared by every replica. Unset: this process. */
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** Open consoles per access key across all replicas (below the per-replica cap of 200). */
  consolesPerKey?: number;
  /** How long a console slot outlives its last renewal; renewed every third of it. */
  consoleSlotTtlMs?: number;
  /** ISO 4217 code the platform prices in (default CNY). */
  currency?: string;
  /** About how many newest activity events the state store keeps (default 10,000). */
  activityCap?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 30_000;
