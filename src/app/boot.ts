import { loadContract } from '../api/contract-chunk';
import { apiRequest, sendEarly } from '../api/early-fetch';
import { loadInitialLanguage } from '../i18n/start-language';
import { chunksForPath, routeChunks } from './route-chunks';
import './global.css';

// The entry: a few kilobytes with nothing heavy in its static graph, so the browser runs it as soon as it
// arrives. At once it sends the session and region reads and starts the route's chunks, the language's
// messages and the app (React, antd, the router). An entry that imported the app statically would first wait
// for antd to download and evaluate (~250 ms on the bench machine) before it could start any of it.
if (!location.pathname.startsWith('/sign-in')) {
  sendEarly('/auth/me', { method: 'GET', credentials: 'same-origin' });
  sendEarly('/api', apiRequest('DescribeRegion', {}));
  // The actions' response schemas, which every answer to those reads is parsed with.
  void loadContract().catch(() => undefined);
}
for (const name of chunksForPath(location.pathname)) void routeChunks[name]().catch(() => undefined);
void Promise.all([import('./main'), loadInitialLanguage()]).then(([app, language]) => app.startApp(language));
