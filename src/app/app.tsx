import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider, type LoadingLanguage } from '../i18n/i18n-provider';
import type { createAppRouter } from './router';
import { DocumentLanguage } from './document-language';
import { ThemeProvider } from './theme-provider';

interface AppProps {
  language: LoadingLanguage;
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
}

/**
 * Only what every page needs and nothing from antd: the entry chunk stays small (see router.tsx). Nothing
 * renders until the language's messages are there; the route's chunks and data load meanwhile.
 */
export function App({ language, queryClient, router }: AppProps) {
  return (
    <Suspense fallback={null}>
      <I18nProvider initial={language}>
        <DocumentLanguage />
        <ThemeProvider>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ThemeProvider>
      </I18nProvider>
    </Suspense>
  );
}
