import { request } from 'node:http';

/**
 * A sign-in POST sent from another loopback address (127.0.0.2...): HAProxy sets X-Forwarded-For to the
 * connection's source, so each address is its own client for the sign-in limit, as distinct browsers are.
 */
export function signInFrom(localAddress: string, base: string, body: unknown): Promise<{ status: number; retryAfter: string | null }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/auth/login`,
      {
        method: 'POST',
        localAddress,
        headers: { origin: base, 'x-requested-by': 'console', 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
