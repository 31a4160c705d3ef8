import { useRef } from 'react';

/**
 * For dialogs that unmount when they close, so antd cannot hand the focus back: `remember()` the
 * opener when opening, `restore()` when closing. An opener that went away meanwhile (a button that
 * the VM's new state replaced) is skipped.
 */
export function useReturnFocus(): { remember(): void; restore(): void } {
  const opener = useRef<HTMLElement | null>(null);
  return {
    remember: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    restore: () => {
      const element = opener.current;
      opener.current = null;
      // Once the dialog and its focus trap are gone.
      if (element) setTimeout(() => element.isConnected && element.focus(), 0);
    },
  };
}
