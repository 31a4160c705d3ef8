/** What every call to the gateway sends besides its body: JSON, and the header the POST guard asks for. */
export const GATEWAY_POST_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-By': 'console' };

/**
 * How `call()` sends one action to `/api`: written once, so the entry's early region read is byte for byte the
 * request `call('DescribeRegion', {})` makes, and `fetchOnce` pairs them.
 */
export function apiRequest(action: string, params: object, signal?: AbortSignal): RequestInit {
  return { method: 'POST', headers: GATEWAY_POST_HEADERS, body: JSON.stringify({ ...params, Action: action }), credentials: 'same-origin', signal };
}

const sent = new Map<string, Promise<Response>>();
const keyOf = (path: string, body: BodyInit | null | undefined) => `${path} ${typeof body === 'string' ? body : ''}`;

/**
 * Sends a request now, for the first `fetchOnce` that asks for the same path and body to take. The entry
 * sends the session and region reads this way before React, the router or antd are even parsed: the page's
 * chain (session -> regions -> its first query) then starts from answers already on their way.
 */
export function sendEarly(path: string, init: RequestInit): void {
  sent.set(keyOf(path, init.body), fetch(path, init));
}

/** `fetch`, unless the same request was sent early and not yet taken: then that one's answer. */
export function fetchOnce(path: string, init: RequestInit): Promise<Response> {
  const key = keyOf(path, init.body);
  const early = sent.get(key);
  if (!early) return fetch(path, init);
  sent.delete(key);
  // No session: the other early reads were sent for nobody. Dropping them keeps a later sign-in (in the same
  // page) from taking their 401.
  return early.then((res) => {
    if (res.status === 401) sent.clear();
    return res;
  });
}
