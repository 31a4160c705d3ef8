import { useSyncExternalStore } from 'react';

// One MediaQueryList per width, shared by every component asking: reading `matches` on each render is then cheap.
const lists = new Map<number, MediaQueryList>();
function mediaList(px: number): MediaQueryList {
  let list = lists.get(px);
  if (!list) lists.set(px, (list = window.matchMedia(`(min-width: ${px}px)`)));
  return list;
}

/** Whether the window is at least `px` wide, following resizes (a media query, so no resize handler per render). */
export function useMinWidth(px: number): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaList(px);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => mediaList(px).matches,
  );
}

/** A phone: below antd's `sm` breakpoint (576 px), where tables give way to cards and pickers. */
export function usePhone(): boolean {
  return !useMinWidth(576);
}
