import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiRequest, sendEarly } from '../api/early-fetch';
import { startLoadingLanguage } from '../i18n/i18n-provider';
import { App } from './app';
import { prefetchOnIntent } from './link-intent';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import './global.css';

// Everything starts here at once: the session and region reads a signed-in page starts with (as
// me-query.ts and regions-query.ts send them), the language's messages, and (the router, on creation) the
// page's chunks and its own first query.
if (!location.pathname.startsWith('/sign-in')) {
  sendEarly('/auth/me', { method: 'GET', credentials: 'same-origin' });
  sendEarly('/api', apiRequest('DescribeRegion', {}));
}
const language = startLoadingLanguage();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
prefetchOnIntent(router);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App language={language} queryClient={queryClient} router={router} />
  </StrictMode>,
);
