import type { FastifyBaseLogger } from 'fastify';
import { UpstreamError, type Upstream, type UpstreamKeys } from '../../upstream/upstream';

/**
 * The answers that say the key pair itself is wrong (docs/protocol.md §4): key missing or unknown (103),
 * signature missing (104), signature wrong (109). Only these are failed sign-ins.
 */
const WRONG_KEY_RETCODES: ReadonlySet<number> = new Set([103, 104, 109]);

/**
 * The platform answered, but not about the keys (RetCode 2, 199, ...) or could not be used at all: the keys
 * were not checked, so this is neither a failed sign-in nor a success (issue 13). 502 with its own message.
 */
export class KeysNotCheckedError extends UpstreamError {
  constructor(detail: string) {
    super(502, `The platform could not check the keys (${detail}). Try again in a moment.`, 'auth.error.notChecked', { detail });
    this.name = 'KeysNotCheckedError';
  }
}

/** A short, language-neutral name for what went wrong: the sign-in page words the rest. */
function transportDetail(err: UpstreamError): string {
  if (err.vars.code !== undefined) return String(err.vars.code);
  if (err.vars.status !== undefined) return `HTTP ${err.vars.status}`;
  return err.statusCode === 504 ? 'timeout' : 'invalid answer';
}

/**
 * One signed DescribeUser decides a key pair: only admins may list users (RetCode 0), a tenant's valid keys
 * get "admin only" or "no permission" (111/114), the wrong-key answers above mean the pair is wrong (null).
 * Anything else, and every transport failure, rejects with KeysNotCheckedError.
 */
export async function checkKeys(
  upstream: Upstream,
  keys: UpstreamKeys,
  log: FastifyBaseLogger,
): Promise<{ isAdmin: boolean } | null> {
  const envelope = await upstream.call(keys, 'DescribeUser', { Limit: 1 }, log).catch((err: unknown) => {
    throw err instanceof UpstreamError ? new KeysNotCheckedError(transportDetail(err)) : err;
  });
  if (envelope.RetCode === 0) return { isAdmin: true };
  if (envelope.RetCode === 111 || envelope.RetCode === 114) return { isAdmin: false };
  if (WRONG_KEY_RETCODES.has(envelope.RetCode)) return null;
  log.warn({ retCode: envelope.RetCode }, 'sign-in: the platform answered without checking the keys');
  throw new KeysNotCheckedError(`RetCode ${envelope.RetCode}`);
}
