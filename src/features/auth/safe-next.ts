const BASE = 'https://console.invalid';

/**
 * Where to go after sign-in: the `next` parameter when it is a path on this site, else '/'.
 * Rejects absolute and protocol-relative URLs ("//evil", "/\\evil"), so the sign-in page cannot be
 * used to send someone elsewhere, and the sign-in page itself (no loop).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE || url.pathname.startsWith('/sign-in')) return '/';
  return url.pathname + url.search + url.hash;
}
