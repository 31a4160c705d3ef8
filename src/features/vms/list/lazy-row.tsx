import { createContext, useContext, useRef, type HTMLAttributes } from 'react';
import { useNearViewport } from '../../../components/use-near-viewport';

/** A page with more rows than this renders only the rows near the screen (issue 14). */
export const LAZY_ROWS_FROM = 50;

/** How many rows a long page renders at once: a screenful (a row is at least 69 px high), whatever the window's height. */
export function eagerRowCount(): number {
  return Math.ceil(window.innerHeight / 69);
}

/** Whether rows wait for the screen, and how many render at once. */
export const LazyRowsContext = createContext<{ lazy: boolean; eager: number }>({ lazy: false, eager: Infinity });

type RowProps = HTMLAttributes<HTMLTableRowElement> & { 'data-index'?: number; 'data-row-key'?: string };

/**
 * antd's body row, deferred: until the row comes near the screen it is an empty row of a typical row's
 * height, so none of its cells (links, tags, copy buttons, the selection checkbox) renders. Once shown it
 * stays (a page holds at most 100 rows), so scrolling back never re-renders.
 */
export function LazyRow(props: RowProps) {
  const { lazy, eager } = useContext(LazyRowsContext);
  const ref = useRef<HTMLTableRowElement>(null);
  const near = useNearViewport(ref, !lazy || (props['data-index'] ?? 0) < eager);
  if (near) return <tr {...props} />;
  return (
    <tr ref={ref} className="lazy-row" data-row-key={props['data-row-key']} aria-hidden>
      <td colSpan={99} />
    </tr>
  );
}
