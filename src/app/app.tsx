import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n/i18n-provider';
import { DocumentLanguage } from './document-language';
import { createQueryClient } from './query-client';
import { router } from './router';
import { ThemeProvider } from './theme-provider';

/** Only what every page needs and nothing from antd: the entry chunk stays small (see router.tsx). */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider>
      <DocumentLanguage />
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemeProvider>
    </I18nProvider>
  );
}
