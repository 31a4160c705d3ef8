import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/api-error-alert';

/** A card whose body needs one query: a skeleton while it loads, the error (with a retry) if it failed. */
export function QueryCard<T>({
  title,
  query,
  extra,
  children,
}: {
  title: ReactNode;
  query: UseQueryResult<T>;
  extra?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  let body: ReactNode;
  if (query.data !== undefined) body = children(query.data);
  else if (query.error) body = <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else body = <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Card title={title} extra={extra} style={{ height: '100%' }}>
      {body}
    </Card>
  );
}
