/**
 * The shared state store cannot be reached. Routes let it propagate: Fastify answers `statusCode` (503),
 * so a sign-in, a ticket or a console is refused rather than allowed without its limits (fail closed).
 */
export class StateUnavailableError extends Error {
  readonly statusCode = 503;
  readonly code = 'STATE_UNAVAILABLE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StateUnavailableError';
  }
}
