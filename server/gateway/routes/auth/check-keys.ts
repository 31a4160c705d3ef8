import type { FastifyBaseLogger } from 'fastify';
import type { Upstream, UpstreamKeys } from '../../upstream/upstream';

/**
 * One signed DescribeUser decides a key pair: only admins may list users (RetCode 0), a tenant's
 * valid keys get "admin only" or "no permission" (111/114), and anything else (unknown key 103,
 * bad signature 109, ...) means the pair is wrong. Upstream failures propagate as UpstreamError.
 */
export async function checkKeys(
  upstream: Upstream,
  keys: UpstreamKeys,
  log: FastifyBaseLogger,
): Promise<{ isAdmin: boolean } | null> {
  const envelope = await upstream.call(keys, 'DescribeUser', { Limit: 1 }, log);
  if (envelope.RetCode === 0) return { isAdmin: true };
  if (envelope.RetCode === 111 || envelope.RetCode === 114) return { isAdmin: false };
  return null;
}
