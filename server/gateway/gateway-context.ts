import type { GatewayConfig } from './gateway-config';
import type { LoginThrottle } from './state/login-throttle';
import type { Sessions } from './session/sessions';
import type { Upstream } from './upstream/upstream';

/** What the route modules share; app.ts builds one per gateway. */
export interface GatewayContext {
  config: GatewayConfig;
  sessions: Sessions;
  upstream: Upstream;
  throttle: LoginThrottle;
}

export const SESSION_EXPIRED = { Message: 'Your session has expired. Please sign in again.' };
export const KEYS_NOT_ACCEPTED = { Message: 'The key pair was not accepted.' };
