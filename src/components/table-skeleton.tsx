import { Skeleton } from 'antd';

interface TableSkeletonProps {
  /** Read out while loading, e.g. "Loading virtual machines". */
  label: string;
  columns: number;
  rows: number;
}

/**
 * A table's shape while its first page loads: a header row and `rows` rows of `columns` cells, so the page
 * does not jump when the data comes.
 */
export function TableSkeleton({ label, columns, rows }: TableSkeletonProps) {
  const cells = Array.from({ length: columns }, (_, i) => i);
  return (
    <div className="table-skeleton" role="status" aria-label={label} aria-busy="true">
      {Array.from({ length: rows + 1 }, (_, row) => (
        <div key={row} className={row === 0 ? 'table-skeleton__row table-skeleton__row--head' : 'table-skeleton__row'}>
          {cells.map((cell) => (
            <Skeleton.Input key={cell} active size="small" block />
          ))}
        </div>
      ))}
    </div>
  );
}
