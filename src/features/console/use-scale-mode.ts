import { useState } from 'react';

export type ScaleMode = 'fit' | 'native';

// Not a secret and the same for every VM: a display preference the user expects kept.
const STORAGE_KEY = 'console.scale';

export function useScaleMode(): [ScaleMode, (mode: ScaleMode) => void] {
  const [mode, setMode] = useState<ScaleMode>(() => (localStorage.getItem(STORAGE_KEY) === 'native' ? 'native' : 'fit'));
  const choose = (next: ScaleMode) => {
    localStorage.setItem(STORAGE_KEY, next);
    setMode(next);
  };
  return [mode, choose];
}
