import type { MessageKey } from '../../i18n/messages';

/** How the console's WebSocket ended: the close code and the gateway's reason text. */
export interface SocketClose {
  code: number;
  reason: string;
}

interface CloseRule {
  key: MessageKey;
  /** False when trying again cannot help (refused, limited) or would undo a deliberate close (idle). */
  retry: boolean;
}

// The gateway's own codes (4xxx mirror HTTP statuses); 1xxx are the WebSocket standard ones.
const RULES: Record<number, CloseRule> = {
  1000: { key: 'console.close.normal', retry: false },
  1001: { key: 'console.close.goingAway', retry: true },
  1006: { key: 'console.close.lost', retry: true },
  1011: { key: 'console.close.serverError', retry: true },
  4000: { key: 'console.close.goingAway', retry: true },
  4001: { key: 'console.close.signedOut', retry: false },
  4400: { key: 'console.close.handshake', retry: false },
  4401: { key: 'console.close.authFailed', retry: false },
  4408: { key: 'console.close.idle', retry: false },
  4429: { key: 'console.close.tooMany', retry: false },
  4502: { key: 'console.close.unreachable', retry: true },
  // The VM's VNC server went away: usually a restart, and a stop shows up as the VM's state.
  4503: { key: 'console.close.upstreamClosed', retry: true },
  4504: { key: 'console.close.timeout', retry: true },
};

export function closeRule(close: SocketClose): CloseRule {
  return RULES[close.code] ?? { key: 'console.close.unknown', retry: true };
}

/** Waits before automatic reconnects: 1, 2, 4, 8, 16 s, then the user decides. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16000];
