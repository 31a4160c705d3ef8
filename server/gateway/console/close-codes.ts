/**
 * WebSocket close codes the bridge uses (4000-4999 are for applications); the reason text goes with them,
 * so the console page can say why it disconnected. Codes mirror HTTP statuses where one fits.
 */
export const CLOSE = {
  shutdown: { code: 4000, reason: 'The gateway is shutting down' },
  sessionEnded: { code: 4001, reason: 'Signed out' },
  badHandshake: { code: 4400, reason: 'RFB handshake failed' },
  authFailed: { code: 4401, reason: 'VNC authentication failed' },
  idle: { code: 4408, reason: 'Closed after a period without activity' },
  tooMany: { code: 4429, reason: 'Too many open consoles' },
  unreachable: { code: 4502, reason: 'VNC endpoint unreachable' },
  upstreamClosed: { code: 4503, reason: 'The VNC server closed the connection' },
  timedOut: { code: 4504, reason: 'VNC endpoint timed out' },
} as const;

export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];

/** A failure that ends a console with a close code the page can show. */
export class ConsoleCloseError extends Error {
  constructor(readonly close: CloseReason) {
    super(close.reason);
  }
}
