import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { AppHeader } from './app-header';

/** The header above the page. */
export function AppFrame({ children }: { children: ReactNode }) {
  return (
    <Layout className="app-frame">
      <AppHeader />
      <Layout.Content className="app-frame__content">{children}</Layout.Content>
    </Layout>
  );
}
