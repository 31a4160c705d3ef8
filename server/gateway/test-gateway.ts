import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS, type GatewayConfig } from './gateway-config';

/** Test support: a gateway configuration pointing at a test upstream, and the requests a browser would send. */
export function testConfig(upstreamUrl: string, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    upstreamUrl,
    upstreamKind: 'external',
    demoAccounts: [],
    sessionSecret: 'test-secret-0123456789-abcdefghijklmnop',
    databasePath: ':memory:',
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    trustProxy: false,
    logLevel: 'silent',
    distDir: null,
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
    ...overrides,
  };
}

export const BROWSER_HEADERS = {
  host: 'console.test',
  origin: 'http://console.test',
  'x-requested-by': 'console',
  'content-type': 'application/json',
};

export function post(app: FastifyInstance, url: string, body: unknown, cookie?: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url,
    headers: { ...BROWSER_HEADERS, ...(cookie ? { cookie } : {}), ...headers },
    payload: JSON.stringify(body),
  });
}

/** `console_session=...` from a response's Set-Cookie, ready to send back. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'console_session');
  if (!cookie) throw new Error(`no session cookie (HTTP ${res.statusCode})`);
  return `console_session=${cookie.value}`;
}

export async function signIn(app: FastifyInstance, keys: { publicKey: string; privateKey: string }): Promise<string> {
  const res = await post(app, '/auth/login', { PublicKey: keys.publicKey, PrivateKey: keys.privateKey });
  return sessionCookie(res);
}
