import { useEffect, useState, type RefObject } from 'react';

// One observer for every element that waits to come near the screen (a long table has a hundred).
// The margin lets a row render a screen before it scrolls into view, so a user scrolling normally
// never sees a blank row.
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function observe(element: Element, onNear: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        waiting.get(entry.target)?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
  waiting.set(element, onNear);
  observer.observe(element);
  return () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

/** True from the first time the element comes within a screen of the viewport (or at once when `initially`). */
export function useNearViewport(ref: RefObject<Element | null>, initially: boolean): boolean {
  const [near, setNear] = useState(initially);
  useEffect(() => {
    if (near || initially || !ref.current) return;
    return observe(ref.current, () => setNear(true));
  }, [near, initially, ref]);
  // A row that waited and is then asked for at once (its page became short) is drawn without waiting.
  return near || initially;
}
