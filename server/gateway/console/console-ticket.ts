import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { StateStore } from '../state/state-store';

/** What a ticket carries: the VNC endpoint stays sealed inside it, never readable by the browser. */
const ClaimsSchema = z.object({
  host: z.string(),
  port: z.int(),
  password: z.string(),
  sessionId: z.string(),
  vmId: z.string(),
  /** Milliseconds since the epoch. */
  expiresAt: z.number(),
  /** 128 random bits: what makes each ticket unique and what the store's claim remembers. */
  nonce: z.string(),
});
export type TicketClaims = z.infer<typeof ClaimsSchema>;
export type TicketGrant = Omit<TicketClaims, 'expiresAt' | 'nonce'>;

const VERSION = 1;
const AAD = Buffer.from('ucloudstack-console ticket v1');

/**
 * Console tickets sealed with AES-256-GCM under a key derived from the shared secret, so any replica can
 * open a ticket another minted. Single use is a claim in the state store (with Redis: across replicas),
 * kept until the ticket would have expired anyway.
 */
export class ConsoleTickets {
  private readonly key: Buffer;

  constructor(
    secret: Buffer,
    private readonly ttlMs: number,
    private readonly store: Pick<StateStore, 'claimOnce'>,
    private readonly now: () => number = Date.now,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'console-ticket/aes-256-gcm', 32));
  }

  mint(grant: TicketGrant): string {
    const claims: TicketClaims = { ...grant, expiresAt: this.now() + this.ttlMs, nonce: randomBytes(16).toString('base64url') };
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(AAD);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(claims), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The claims of a genuine, unexpired ticket; null for anything else. Does not use it up (consume does). */
  open(ticket: string): TicketClaims | null {
    if (ticket.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(ticket)) return null;
    const raw = Buffer.from(ticket, 'base64url');
    if (raw.length < 1 + 12 + 16 + 1 || raw[0] !== VERSION) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(1, 13));
      decipher.setAAD(AAD);
      decipher.setAuthTag(raw.subarray(13, 29));
      const plain = Buffer.concat([decipher.update(raw.subarray(29)), decipher.final()]).toString('utf8');
      const claims = ClaimsSchema.parse(JSON.parse(plain));
      if (claims.expiresAt <= this.now()) return null;
      return claims;
    } catch {
      return null;
    }
  }

  /** Marks a ticket used; false when it already was (here or on another replica). Rejects when the store is down. */
  consume(claims: TicketClaims): Promise<boolean> {
    return this.store.claimOnce(`ticket:${claims.nonce}`, Math.max(1, claims.expiresAt - this.now()));
  }
}
