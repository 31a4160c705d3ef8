import type { ConsoleTicket, ConsoleTicketRequest } from '../../../contract/gateway-console';
import { gatewayEndpoints } from '../../../contract/gateway-endpoints';
import { ApiError } from '../../api/api-error';
import { SESSION_EXPIRED_EVENT } from '../../api/client';
import { gatewayFetch } from '../../api/gateway-fetch';

/**
 * Asks the gateway for a single-use console ticket. The gateway fetches the VNC endpoint and its
 * password itself and keeps them; the browser only ever sees the ticket and the WebSocket path.
 */
export async function fetchConsoleTicket(params: ConsoleTicketRequest, signal: AbortSignal): Promise<ConsoleTicket> {
  try {
    return await gatewayFetch(gatewayEndpoints.consoleTicket, { body: params, signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
    throw err;
  }
}

export function socketUrl(path: string): string {
  return `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}${path}`;
}
