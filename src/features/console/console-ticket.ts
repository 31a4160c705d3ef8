import { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { SESSION_EXPIRED_EVENT } from '../../api/client';

const TicketSchema = z.object({
  Ticket: z.string().min(1),
  // Only a path on our own origin: the host of the WebSocket is never taken from an answer.
  URL: z.string().regex(/^\/(?!\/)/),
});
export type ConsoleTicket = z.infer<typeof TicketSchema>;

const ErrorSchema = z.looseObject({ RetCode: z.number().optional(), Message: z.string().optional() });

/**
 * Asks the gateway for a single-use console ticket. The gateway fetches the VNC endpoint and its
 * password itself and keeps them; the browser only ever sees the ticket and the WebSocket path.
 */
export async function fetchConsoleTicket(
  params: { Region: string; CompanyID?: number; VMID: string },
  signal: AbortSignal,
): Promise<ConsoleTicket> {
  let res: Response;
  try {
    res = await fetch('/console/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'console' },
      body: JSON.stringify(params),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new ApiError('ConsoleTicket', 'error.network', { status: 0 });
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.status === 401) window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  const error = ErrorSchema.safeParse(body);
  if (error.success && error.data.RetCode !== undefined && error.data.RetCode !== 0) {
    throw new ApiError('ConsoleTicket', error.data.Message || 'error.unknown', { retCode: error.data.RetCode });
  }
  if (!res.ok) {
    const message = error.success && error.data.Message ? error.data.Message : `HTTP ${res.status}`;
    throw new ApiError('ConsoleTicket', message, { status: res.status });
  }
  const ticket = TicketSchema.safeParse(body);
  if (!ticket.success) throw new ApiError('ConsoleTicket', 'error.malformed', { status: res.status });
  return ticket.data;
}

export function socketUrl(path: string): string {
  return `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}${path}`;
}
