import type { FastifyReply, FastifyRequest } from 'fastify';

// antd writes its styles at run time, so styles need 'unsafe-inline'; scripts never do.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // 'self' covers the console's own ws:/wss: origin in current browsers; no other host is reachable.
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** onSend hook: every response, errors and static files included, carries the same headers. */
export async function securityHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  reply.header('Content-Security-Policy', CSP);
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'same-origin');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  // Over HTTPS (directly, or said by a trusted proxy's X-Forwarded-Proto) the browser keeps to HTTPS for a year.
  if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000');
  return payload;
}
