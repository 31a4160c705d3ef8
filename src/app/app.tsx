import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { I18nProvider, type LoadedLanguage } from '../i18n/i18n-provider';
import type { createAppRouter } from './router';
import { DocumentLanguage } from './document-language';
import { ThemeProvider } from './theme-provider';

interface AppProps {
  language: LoadedLanguage;
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
}

/**
 * Only what every page needs and nothing from antd (see router.tsx). The language's messages are already
 * loaded (boot.ts), so the first render never suspends.
 */
export function App({ language, queryClient, router }: AppProps) {
  return (
    <I18nProvider initial={language}>
      <DocumentLanguage />
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          {/* Route changes render at once, not as transitions: React renders a transition in 5 ms slices,
              which made the first /vms render ~100 ms longer here (README, 2026-12-04). */}
          <RouterProvider router={router} useTransitions={false} />
        </QueryClientProvider>
      </ThemeProvider>
    </I18nProvider>
  );
}
