import { hkdfSync } from 'node:crypto';

/**
 * 32 bytes for one purpose, derived from SESSION_SECRET with HKDF-SHA256. Each purpose gets its own
 * key, so a console ticket can never be replayed as a session cookie and the other way round.
 */
export function deriveKey(secret: string, purpose: 'session-cookie' | 'console-ticket'): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), `ucloudstack-console/${purpose}`, 32));
}
