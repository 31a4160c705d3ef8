import type { z } from 'zod';
import type { GatewayEndpoint } from '../../contract/gateway-endpoints';
import { GatewayErrorSchema } from '../../contract/gateway-error';
import { ApiError } from './api-error';
import { fetchOnce, GATEWAY_POST_HEADERS } from './early-fetch';

type BodyOf<B> = B extends z.ZodType ? z.input<B> : never;
type AnswerOf<R> = R extends z.ZodType ? z.output<R> : null;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function refusalOf(body: unknown): { RetCode: number; Message?: unknown } | null {
  if (!body || typeof body !== 'object' || !('RetCode' in body)) return null;
  return typeof body.RetCode === 'number' && body.RetCode !== 0 ? { RetCode: body.RetCode, Message: 'Message' in body ? body.Message : undefined } : null;
}

/**
 * Calls one of the gateway's own endpoints (contract/gateway-endpoints.ts) and parses the answer with its
 * schema. Every failure is an ApiError: status 0 when the gateway could not be reached, the gateway's
 * MessageKey (or Message) and MessageVars otherwise, the RetCode when the platform refused.
 */
export async function gatewayFetch<B extends z.ZodType | null, R extends z.ZodType | null>(
  endpoint: GatewayEndpoint<B, R>,
  init: { body?: BodyOf<B>; signal?: AbortSignal } = {},
): Promise<AnswerOf<R>> {
  const post = endpoint.method === 'POST';
  let res: Response;
  try {
    res = await fetchOnce(endpoint.path, {
      method: endpoint.method,
      headers: post ? GATEWAY_POST_HEADERS : undefined,
      body: post ? JSON.stringify(init.body ?? {}) : undefined,
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch (err) {
    if (init.signal?.aborted) throw err;
    throw new ApiError(endpoint.name, 'error.network', { status: 0 });
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  const refusal = refusalOf(body);
  if (refusal) {
    throw new ApiError(endpoint.name, typeof refusal.Message === 'string' && refusal.Message ? refusal.Message : 'error.unknown', {
      retCode: refusal.RetCode,
    });
  }
  if (!res.ok) {
    const error = GatewayErrorSchema.safeParse(body);
    const text = error.success ? (error.data.MessageKey ?? error.data.Message) : `HTTP ${res.status}`;
    throw new ApiError(endpoint.name, text, {
      status: res.status,
      vars: error.success ? error.data.MessageVars : undefined,
      retryAfterSeconds: retryAfterSeconds(res.headers.get('Retry-After')),
    });
  }
  if (endpoint.response === null) return null as AnswerOf<R>;
  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) throw new ApiError(endpoint.name, 'error.malformed', { status: res.status });
  return parsed.data as AnswerOf<R>;
}
