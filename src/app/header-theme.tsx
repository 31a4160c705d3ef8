import { ConfigProvider, theme } from 'antd';
import type { ReactNode } from 'react';

// The header bar is dark in both themes; its controls use antd's dark algorithm so they stay
// readable on it (light-theme inputs would glare, ghost buttons vanish in dark theme).
const HEADER_THEME = {
  algorithm: theme.darkAlgorithm,
  token: { colorBgContainer: '#0c2744', colorBorder: '#2f4f72', colorBgElevated: '#10294a' },
};

export function HeaderTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={HEADER_THEME}>{children}</ConfigProvider>;
}
