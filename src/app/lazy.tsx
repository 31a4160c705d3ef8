import { Skeleton } from 'antd';
import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';

export function Lazy({ page: Page }: { page: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
      <Page />
    </Suspense>
  );
}
