import { ApiError } from './api-error';
import { loadContract } from './contract-chunk';
import { apiRequest, fetchOnce } from './early-fetch';
import type { ActionName, ActionRequest, ActionResponse } from '../../contract/contract';
import { EnvelopeSchema } from '../../contract/envelope';

/** Raised by the client when the gateway says the session is gone: the app sends the user to sign in. */
export const SESSION_EXPIRED_EVENT = 'console:session-expired';

/**
 * Calls one action through the gateway. The reply is parsed with the action's response schema, so
 * a malformed answer becomes an error here instead of a crash further down.
 */
export async function call<A extends ActionName>(
  action: A,
  params: ActionRequest<A>,
  opts: { signal?: AbortSignal } = {},
): Promise<ActionResponse<A>> {
  let res: Response;
  try {
    res = await fetchOnce('/api', apiRequest(action, params, opts.signal));
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(action, 'error.network', { status: 0 });
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(action, 'error.malformed', { status: res.status });
  }
  if (res.status === 401) {
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  }
  if (!res.ok) {
    // The gateway words its own failures as a message key too, so they show in the user's language.
    const { Message, MessageKey, MessageVars } = (body ?? {}) as { Message?: unknown; MessageKey?: unknown; MessageVars?: unknown };
    const text = typeof MessageKey === 'string' ? MessageKey : typeof Message === 'string' ? Message : `HTTP ${res.status}`;
    const vars = MessageVars && typeof MessageVars === 'object' ? (MessageVars as Record<string, string | number>) : undefined;
    throw new ApiError(action, text, { status: res.status, vars });
  }
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) throw new ApiError(action, 'error.malformed', { status: res.status });
  if (envelope.data.RetCode !== 0) {
    throw new ApiError(action, envelope.data.Message || 'error.unknown', { retCode: envelope.data.RetCode });
  }
  const { contract } = await loadContract();
  const parsed = contract[action].response.safeParse(body);
  if (!parsed.success) throw new ApiError(action, 'error.malformed', { status: res.status });
  return parsed.data as ActionResponse<A>;
}
