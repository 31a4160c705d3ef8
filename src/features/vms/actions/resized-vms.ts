import { useCallback, useSyncExternalStore } from 'react';

// VMs resized since their last start, for this browser tab: the detail page reminds the user that
// the new size applies at the next start. Only ids are kept, nothing sensitive.
const KEY = 'console.vms.resized';
const listeners = new Set<() => void>();

function read(): string {
  return sessionStorage.getItem(KEY) ?? '[]';
}

function write(ids: string[]) {
  sessionStorage.setItem(KEY, JSON.stringify(ids));
  listeners.forEach((l) => l());
}

function ids(): string[] {
  try {
    const parsed: unknown = JSON.parse(read());
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function markResized(vmId: string) {
  write([...ids().filter((id) => id !== vmId), vmId]);
}

export function clearResized(vmId: string) {
  if (ids().includes(vmId)) write(ids().filter((id) => id !== vmId));
}

export function useResized(vmId: string): boolean {
  const subscribe = useCallback((l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, []);
  const snapshot = useSyncExternalStore(subscribe, read);
  return snapshot.includes(JSON.stringify(vmId));
}
