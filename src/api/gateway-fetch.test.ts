import { afterEach, describe, expect, it, vi } from 'vitest';
import { gatewayEndpoints } from '../../contract/gateway-endpoints';
import { ApiError } from './api-error';
import { gatewayFetch, retryAfterSeconds } from './gateway-fetch';

describe('retryAfterSeconds', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterSeconds('Wed, 01 Jan 2025 00:10:00 GMT', now)).toBe(600);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});

// The network is the one thing stubbed: each test answers the way the gateway does.
function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
    new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`);
  return err;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gatewayFetch', () => {
  const ticket = { Ticket: 'abc', URL: '/console/ws?ticket=abc' };
  const params = { Region: 'cn', VMID: 'vm-a' };

  it('posts JSON with the console header and parses the answer with the endpoint schema', async () => {
    const fetch = answer(200, ticket);
    expect(await gatewayFetch(gatewayEndpoints.consoleTicket, { body: params })).toEqual(ticket);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/console/tickets');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: JSON.stringify(params) });
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'X-Requested-By': 'console' });
  });

  it('sends a GET without a body', async () => {
    const fetch = answer(200, { PublicKey: 'pk', CompanyID: null, IsAdmin: false });
    expect(await gatewayFetch(gatewayEndpoints.me)).toEqual({ PublicKey: 'pk', CompanyID: null, IsAdmin: false });
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'GET', body: undefined });
  });

  it("raises the gateway's message key, its values, the status and Retry-After", async () => {
    answer(504, { Message: 'The platform did not answer within 30 s.', MessageKey: 'error.platform.timeout', MessageVars: { seconds: 30 } });
    const timeout = await failure(gatewayFetch(gatewayEndpoints.consoleTicket, { body: params }));
    expect(timeout).toMatchObject({ message: 'error.platform.timeout', vars: { seconds: 30 }, status: 504, action: 'ConsoleTicket' });
    answer(429, { Message: 'Too many failed sign-ins. Try again later.' }, { 'Retry-After': '120' });
    const throttled = await failure(gatewayFetch(gatewayEndpoints.signIn, { body: { PublicKey: 'p', PrivateKey: 'k' } }));
    expect(throttled).toMatchObject({ message: 'Too many failed sign-ins. Try again later.', status: 429, retryAfterSeconds: 120 });
  });

  it('raises a platform refusal with its RetCode, and a reply outside the schema as malformed', async () => {
    answer(200, { Action: 'GetVMVNCInfoResponse', RetCode: 1005, Message: 'The VM is not running.' });
    expect(await failure(gatewayFetch(gatewayEndpoints.consoleTicket, { body: params }))).toMatchObject({
      message: 'The VM is not running.',
      retCode: 1005,
    });
    answer(200, { ...ticket, VNCPassword: 'secret' });
    expect((await failure(gatewayFetch(gatewayEndpoints.consoleTicket, { body: params }))).message).toBe('error.malformed');
  });

  it('answers null for 204, and status 0 when the gateway cannot be reached', async () => {
    answer(204, null);
    expect(await gatewayFetch(gatewayEndpoints.signOut, { body: {} })).toBeNull();
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await failure(gatewayFetch(gatewayEndpoints.me))).toMatchObject({ message: 'error.network', status: 0 });
  });
});
