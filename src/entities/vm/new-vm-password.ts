/**
 * A password the console generated for VMs it just created, handed from the create wizard to the page it
 * lands on, which shows it once. Memory only (never storage, never the URL): taken once, it is gone, and a
 * reload loses it, as "shown once" promises.
 */
let pending: { vmIds: readonly string[]; password: string } | null = null;

export function announceGeneratedPassword(vmIds: readonly string[], password: string): void {
  pending = { vmIds, password };
}

/** The generated password when these are the VMs it was made for; gone right after. */
export function takeGeneratedPassword(vmIds: readonly string[]): string | null {
  const current = pending;
  const found = current && vmIds.length > 0 && vmIds.every((id) => current.vmIds.includes(id)) ? current.password : null;
  // Gone after this tick, not at once: React's strict mode runs a state initializer twice in a row.
  if (found) setTimeout(() => void (pending === current && (pending = null)), 0);
  return found;
}
