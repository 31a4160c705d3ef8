import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { PageLoading } from './page-loading';

export function Lazy({ page: Page }: { page: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
