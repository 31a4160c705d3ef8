/**
 * The password the identity step generated last (memory only), so that after a create the wizard can tell
 * a generated password (shown once more, on the page it lands on) from one the user typed (never shown).
 */
let last: string | null = null;

export function rememberGenerated(password: string): void {
  last = password;
}

/** True when `password` is the one generated; forgets it either way, so it is announced at most once. */
export function wasGenerated(password: string): boolean {
  const generated = last !== null && last === password;
  last = null;
  return generated;
}
