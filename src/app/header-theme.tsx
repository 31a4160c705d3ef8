import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { HEADER_THEME } from './contrast-theme';

// The header bar is dark in both themes; its controls use antd's dark algorithm so they stay
// readable on it (light-theme inputs would glare, ghost buttons vanish in dark theme).
export function HeaderTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={HEADER_THEME}>{children}</ConfigProvider>;
}
