/** A failed call as the user should see it: the platform's RetCode and Message, or the gateway's. */
export class ApiError extends Error {
  readonly retCode: number | undefined;
  readonly status: number | undefined;
  readonly action: string;

  constructor(action: string, message: string, opts: { retCode?: number; status?: number } = {}) {
    super(message);
    this.name = 'ApiError';
    this.action = action;
    this.retCode = opts.retCode;
    this.status = opts.status;
  }
}
