import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n/i18n-provider';
import { createQueryClient } from './query-client';
import { router } from './router';
import { ThemeProvider } from './theme-provider';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider>
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemeProvider>
    </I18nProvider>
  );
}
