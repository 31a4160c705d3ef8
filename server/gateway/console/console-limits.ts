/** The console bridge's limits; tests shorten them. */
export interface ConsoleLimits {
  /** How long a ticket can be redeemed after it was minted. */
  ticketTtlMs: number;
  /** Connecting to the VNC endpoint and authenticating there, together. */
  connectTimeoutMs: number;
  /** A console with no bytes in either direction for this long is closed. */
  idleMs: number;
  /** Open consoles per session and per gateway process. */
  perSession: number;
  perProcess: number;
  /** A side is paused while its peer has more than this queued for sending. */
  highWaterBytes: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = {
  ticketTtlMs: 30_000,
  connectTimeoutMs: 5_000,
  idleMs: 5 * 60_000,
  perSession: 5,
  perProcess: 200,
  highWaterBytes: 4 * 1024 * 1024,
};
