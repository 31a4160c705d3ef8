import type { FastifyRequest } from 'fastify';

/** The console's own origin as the browser sees it; `request.host` follows X-Forwarded-Host only with TRUST_PROXY. */
export function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** True when the request's Origin header is exactly the console's own origin (absent counts as false). */
export function isSameOrigin(request: FastifyRequest): boolean {
  return request.headers.origin === ownOrigin(request);
}
