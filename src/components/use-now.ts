import { useEffect, useState } from 'react';

/** The time now, re-read every `intervalMs`: for texts that count ("updated 5 s ago", "trying again in 3 s"). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
