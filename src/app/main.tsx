import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLoadingLanguage } from '../i18n/i18n-provider';
import { App } from './app';
import { prefetchOnIntent } from './link-intent';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import './global.css';

// Everything starts here at once: the language's messages, and (the router, on creation) the page's chunks
// and its first requests.
const language = startLoadingLanguage();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
prefetchOnIntent(router);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App language={language} queryClient={queryClient} router={router} />
  </StrictMode>,
);
