/** A failed call as the user should see it: the platform's RetCode and Message, or the gateway's. */
export class ApiError extends Error {
  readonly retCode: number | undefined;
  readonly status: number | undefined;
  readonly action: string;
  /** Values for the message when it is a message key (`{seconds}` in 'error.platform.timeout'). */
  readonly vars: Record<string, string | number> | undefined;
  /** From Retry-After, when the gateway asked to wait (too many failed sign-ins). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    action: string,
    message: string,
    opts: { retCode?: number; status?: number; vars?: Record<string, string | number>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.vars = opts.vars;
    this.retryAfterSeconds = opts.retryAfterSeconds;
    this.name = 'ApiError';
    this.action = action;
    this.retCode = opts.retCode;
    this.status = opts.status;
  }
}
