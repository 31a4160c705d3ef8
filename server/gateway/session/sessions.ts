import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { deriveKey } from '../derive-key';
import type { StateStore } from '../state/state-store';
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
  /** Where sign-outs are kept and announced: every replica refuses a signed-out cookie and closes its consoles. */
  store: StateStore;
  idleMs: number;
  absoluteMs: number;
  now: () => number;
}

export type NewSession = Pick<Session, 'publicKey' | 'privateKey' | 'companyId' | 'isAdmin'>;

/**
 * Stateless sessions: the whole session lives sealed in the cookie, so any replica with the same
 * SESSION_SECRET reads it and a restart loses nothing. Only sign-outs are stored (the state store).
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
  async read(request: FastifyRequest, reply?: FastifyReply): Promise<Session | null> {
    const sealed = readSessionCookie(request);
    if (!sealed) return null;
    const session = await this.live(sealed);
    if (!session && reply) clearSessionCookie(request, reply);
    return session;
  }

  // The time checks come first: an expired cookie costs no store lookup. A store that cannot answer
  // rejects (StateUnavailableError, 503): a sign-out that cannot be checked is not assumed absent.
  private async live(sealed: string): Promise<Session | null> {
    const parsed = SealedSessionSchema.safeParse(unseal(this.key, sealed));
    if (!parsed.success) return null;
    const session = parsed.data;
    const now = this.opts.now();
    if (now - session.lastSeenAt > this.opts.idleMs || now - session.createdAt > this.opts.absoluteMs) {
      this.emitEnd(session.id);
      return null;
    }
    if (await this.opts.store.isRevoked(session.id)) return null;
    return session;
  }

  /** Whether a session was signed out (anywhere): the console heartbeat asks, in case a broadcast was missed. */
  isRevoked(sessionId: string): Promise<boolean> {
    return this.opts.store.isRevoked(sessionId);
  }

  /** Slides the idle timeout: re-seals with a new lastSeenAt when the last one is old enough. */
  touch(request: FastifyRequest, reply: FastifyReply, session: Session): void {
    const now = this.opts.now();
    if (now - session.lastSeenAt < this.resealAfterMs) return;
    this.write(request, reply, { ...session, lastSeenAt: now });
  }

  /**
   * Sign-out: the cookie is cleared and its id refused from now on, even if the browser kept a copy, on every
   * replica (remembered until the cookie would have died anyway); then every replica is told to close its
   * consoles. The cookie is cleared even when the store fails, and the failure (503) tells the user.
   */
  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const sealed = readSessionCookie(request);
    const parsed = sealed ? SealedSessionSchema.safeParse(unseal(this.key, sealed)) : null;
    clearSessionCookie(request, reply);
    if (!parsed?.success) return;
    const remainingMs = parsed.data.createdAt + this.opts.absoluteMs - this.opts.now();
    if (remainingMs <= 0) return;
    await this.opts.store.revokeSession(parsed.data.id, remainingMs);
    await this.opts.store.publishSessionEnded(parsed.data.id);
  }

  /** Called when a session ends: signed out on any replica (through the store) or found expired here. */
  onSessionEnd(listener: (sessionId: string) => void): () => void {
    this.listeners.add(listener);
    const off = this.opts.store.onSessionEnded(listener);
    return () => {
      this.listeners.delete(listener);
      off();
    };
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
        // A failing listener (a console already closed) must not break the request that found the expiry.
      }
    }
  }
}
