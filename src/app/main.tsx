import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadedLanguage } from '../i18n/start-language';
import { App } from './app';
import { prefetchOnIntent } from './link-intent';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

// The app, started by the entry (boot.ts), which has already sent the session and region reads and started
// the route's chunks and loaded the language's messages; the router, on creation, starts the page's first query.
export function startApp(language: LoadedLanguage): void {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  prefetchOnIntent(router);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App language={language} queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}
