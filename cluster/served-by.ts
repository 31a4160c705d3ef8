import { waitFor } from './processes';

/** Which replica answered, from the X-Served-By header HAProxy adds in the cluster's configuration. */
export function servedBy(res: Response): string {
  const name = res.headers.get('x-served-by');
  if (!name) throw new Error('no X-Served-By header: is the request going through the cluster HAProxy?');
  return name;
}

/** Waits until round-robin through HAProxy reaches every replica, i.e. its health checks have put them all in. */
export async function waitForAllReplicas(url: string, names: readonly string[], timeoutMs: number): Promise<void> {
  await waitFor(`HAProxy at ${url} to route to ${names.join(', ')}`, async () => {
    const seen = new Set<string>();
    for (let i = 0; i < names.length * 2; i += 1) {
      const res = await fetch(`${url}/auth/config`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
      await res?.body?.cancel();
      if (res?.ok) seen.add(servedBy(res));
    }
    return names.every((n) => seen.has(n));
  }, timeoutMs);
}
