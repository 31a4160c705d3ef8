import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { deriveKey } from '../derive-key';
import type { Revocations } from '../state/revocations';
import { seal, unseal } from './seal';
import type { Session } from './session';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';

const SealedSessionSchema = z.object({
  id: z.string().min(16),
  publicKey: z.string().min(1),
  privateKey: z.string().min(1),
  companyId: z.number().nullable(),
  isAdmin: z.boolean(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
});

export interface SessionsOptions {
  secret: string;
  revocations: Revocations;
  idleMs: number;
  absoluteMs: number;
  now: () => number;
}

export type NewSession = Pick<Session, 'publicKey' | 'privateKey' | 'companyId' | 'isAdmin'>;

/**
 * Stateless sessions: the whole session lives sealed in the cookie, so any replica with the same
 * SESSION_SECRET reads it and a restart loses nothing. Only sign-outs are stored (Revocations).
 */
export class Sessions {
  private readonly key: Buffer;
  private readonly listeners = new Set<(sessionId: string) => void>();
  // Re-sealing on every request would set a cookie on every response; once a minute keeps the idle
  // clock accurate enough (short idle timeouts in tests re-seal more often).
  private readonly resealAfterMs: number;

  constructor(private readonly opts: SessionsOptions) {
    this.key = deriveKey(opts.secret, 'session-cookie');
    this.resealAfterMs = Math.min(60_000, Math.floor(opts.idleMs / 4));
  }

  start(request: FastifyRequest, reply: FastifyReply, fields: NewSession): Session {
    const now = this.opts.now();
    const session: Session = { ...fields, id: randomBytes(18).toString('base64url'), createdAt: now, lastSeenAt: now };
    this.write(request, reply, session);
    return session;
  }

  /**
   * The request's live session, or null (no cookie, foreign or altered cookie, expired, signed out).
   * Given the reply, a dead cookie is also cleared so the browser stops sending it.
   */
  read(request: FastifyRequest, reply?: FastifyReply): Session | null {
    const sealed = readSessionCookie(request);
    if (!sealed) return null;
    const session = this.live(sealed);
    if (!session && reply) clearSessionCookie(request, reply);
    return session;
  }

  private live(sealed: string): Session | null {
    const parsed = SealedSessionSchema.safeParse(unseal(this.key, sealed));
    if (!parsed.success) return null;
    const session = parsed.data;
    if (this.opts.revocations.isRevoked(session.id)) return null;
    const now = this.opts.now();
    if (now - session.lastSeenAt > this.opts.idleMs || now - session.createdAt > this.opts.absoluteMs) {
      this.emitEnd(session.id);
      return null;
    }
    return session;
  }

  /** Slides the idle timeout: re-seals with a new lastSeenAt when the last one is old enough. */
  touch(request: FastifyRequest, reply: FastifyReply, session: Session): void {
    const now = this.opts.now();
    if (now - session.lastSeenAt < this.resealAfterMs) return;
    this.write(request, reply, { ...session, lastSeenAt: now });
  }

  /** Sign-out: the cookie is cleared and its id refused from now on, even if the browser kept a copy. */
  end(request: FastifyRequest, reply: FastifyReply): void {
    const sealed = readSessionCookie(request);
    const parsed = sealed ? SealedSessionSchema.safeParse(unseal(this.key, sealed)) : null;
    if (parsed?.success) {
      this.opts.revocations.revoke(parsed.data.id, parsed.data.createdAt + this.opts.absoluteMs, this.opts.now());
      this.emitEnd(parsed.data.id);
    }
    clearSessionCookie(request, reply);
  }

  onSessionEnd(listener: (sessionId: string) => void): void {
    this.listeners.add(listener);
  }

  private write(request: FastifyRequest, reply: FastifyReply, session: Session): void {
    const remainingMs = session.createdAt + this.opts.absoluteMs - this.opts.now();
    setSessionCookie(request, reply, seal(this.key, session), remainingMs / 1000);
  }

  private emitEnd(sessionId: string): void {
    for (const listener of this.listeners) {
      try {
        listener(sessionId);
      } catch {
        // A failing listener (a console already closed) must not break sign-out for the user.
      }
    }
  }
}
