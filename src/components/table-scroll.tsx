import type { ReactNode } from 'react';

/**
 * A wide table's own scrolling box, so a narrow screen scrolls the table and never the page. Focusable and
 * labelled: a keyboard user can scroll it too, also when the table holds nothing focusable.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
