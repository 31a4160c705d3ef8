import type { FastifyRequest } from 'fastify';
import type { Envelope } from '../../../contract/envelope';
import type { Session } from '../session/session';

/** What the console routes need from the rest of the gateway; app.ts passes it in. */
export interface ConsoleDeps {
  /** The request's session, or null when there is none (expired, signed out, missing cookie). */
  getSession(request: FastifyRequest): Promise<Session | null>;
  /** True when the request's Origin header is exactly the console's own origin. */
  isSameOrigin(request: FastifyRequest): boolean;
  /** Calls one contract action upstream with the session's keys (signed), returning the envelope. */
  callUpstream(session: Session, action: 'GetVMVNCInfo', params: Record<string, unknown>): Promise<Envelope>;
  /** Registers a listener called when a session ends (sign-out, expiry). */
  onSessionEnd(listener: (sessionId: string) => void): void;
  /** 32 bytes shared by all replicas (from SESSION_SECRET): tickets are sealed with it. */
  secret: Buffer;
}
