/** The console bridge's limits; tests shorten them. */
export interface ConsoleLimits {
  /** How long a ticket can be redeemed after it was minted. */
  ticketTtlMs: number;
  /** Connecting to the VNC endpoint and authenticating there, together. */
  connectTimeoutMs: number;
  /** A console with no bytes in either direction for this long is closed. */
  idleMs: number;
  /**
   * Open consoles per session, per access key (a tenant's key pair, across every replica) and per gateway
   * process. perKey stays below perProcess so one tenant can never take all of a replica's consoles.
   */
  perSession: number;
  perKey: number;
  perProcess: number;
  /** A console's slot expires this long after its last renewal (a crashed replica's slots free themselves). */
  slotTtlMs: number;
  /** How often open consoles renew their slots and look for a sign-out they may have missed. */
  heartbeatMs: number;
  /** A side is paused while its peer has more than this queued for sending. */
  highWaterBytes: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = {
  ticketTtlMs: 30_000,
  connectTimeoutMs: 5_000,
  idleMs: 5 * 60_000,
  perSession: 5,
  perKey: 50,
  perProcess: 200,
  slotTtlMs: 30_000,
  heartbeatMs: 10_000,
  highWaterBytes: 4 * 1024 * 1024,
};
