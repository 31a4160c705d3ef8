/** Ends the session on the server (the cookie alone is not trusted to go away). */
export async function signOut(): Promise<void> {
  const res = await fetch('/auth/logout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'console' },
    body: '{}',
    credentials: 'same-origin',
  });
  if (!res.ok && res.status !== 401) throw new Error(`HTTP ${res.status}`);
}
