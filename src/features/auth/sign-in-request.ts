import { MeSchema, type Me } from '../../components/session-context';
import type { SignInValues } from './sign-in-schema';

export type SignInRequest = { kind: 'keys'; keys: SignInValues } | { kind: 'demo'; account: string };

/** A refused sign-in, as the page words it: refused keys, too many attempts, or anything else. */
export class SignInError extends Error {
  constructor(
    readonly kind: 'rejected' | 'throttled' | 'failed',
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Posts the key pair (or the demo account) to the gateway; the answer is who signed in. */
export async function postSignIn(request: SignInRequest): Promise<Me> {
  const [path, body] = request.kind === 'keys' ? ['/auth/login', request.keys] : ['/auth/demo-login', { Account: request.account }];
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'console' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new SignInError('failed', 'error.network');
  }
  const json: unknown = await res.json().catch(() => null);
  const message = (json as { Message?: unknown } | null)?.Message;
  if (res.status === 401) throw new SignInError('rejected', 'auth.error.rejected');
  if (res.status === 429) throw new SignInError('throttled', 'auth.error.throttled', retryAfterSeconds(res.headers.get('Retry-After')));
  if (!res.ok) throw new SignInError('failed', typeof message === 'string' ? message : `HTTP ${res.status}`);
  const me = MeSchema.safeParse(json);
  if (!me.success) throw new SignInError('failed', 'error.malformed');
  return me.data;
}
