import { useState } from 'react';
import { vmColumns, type VmColumnKey } from './vm-columns';

const STORAGE_KEY = 'console.vms.columns';
const ALL = vmColumns.map((c) => c.key);

function load(): VmColumnKey[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(saved)) {
      const keys = ALL.filter((k) => saved.includes(k) || vmColumns.find((c) => c.key === k)?.fixed);
      if (keys.length > 0) return keys;
    }
  } catch {
    // A damaged entry just means the default columns.
  }
  return ALL;
}

/** The columns the user chose to see, remembered in this browser. */
export function useVisibleColumns(): [VmColumnKey[], (keys: VmColumnKey[]) => void] {
  const [visible, setVisible] = useState(load);
  const update = (keys: VmColumnKey[]) => {
    const next = ALL.filter((k) => keys.includes(k) || vmColumns.find((c) => c.key === k)?.fixed);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setVisible(next);
  };
  return [visible, update];
}
