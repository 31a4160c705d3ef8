import type { GatewayError } from '../../contract/gateway-error';

// The gateway's own refusals that more than one route gives, worded once.
export const SESSION_EXPIRED: GatewayError = { Message: 'Your session has expired. Please sign in again.' };
export const KEYS_NOT_ACCEPTED: GatewayError = { Message: 'The key pair was not accepted.' };
export const PARAMS_NOT_VALID = 'Some parameters are not valid.';
export const STATE_UNAVAILABLE =
  'The console cannot reach its shared state store right now. Sign-in and new consoles are paused; open consoles keep running. Try again in a moment.';
