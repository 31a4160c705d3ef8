/** The requests the console's browser code sends, made from the test: same origin, same headers, the session cookie. */
export function post(base: string, path: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      origin: base,
      'x-requested-by': 'console',
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Signs in with an access key pair and returns the `console_session=...` cookie to send back. */
export async function signIn(base: string, keys: { publicKey: string; privateKey: string }): Promise<string> {
  const res = await post(base, '/auth/login', { PublicKey: keys.publicKey, PrivateKey: keys.privateKey });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('console_session='));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: HTTP ${res.status} ${await res.text()}`);
  return cookie.split(';')[0];
}

/** DescribeVMInstance through POST /api, as the VM list does. */
export async function listVms(base: string, cookie: string): Promise<{ res: Response; body: { RetCode: number; TotalCount: number } }> {
  const res = await post(base, '/api', { Action: 'DescribeVMInstance', Region: 'cn-bj2', Limit: 100 }, cookie);
  return { res, body: (await res.json()) as { RetCode: number; TotalCount: number } };
}
