import { matchRoutes, type LoaderFunctionArgs } from 'react-router';
import type { createAppRouter } from './router';

const FRESH_MS = 5_000;

/**
 * Pointing at (or tabbing to) an in-app link starts what the click will need: the page's chunk (its
 * route's `lazy`) and its data (its route's loader, which only prefetches). By the click, both are
 * usually there. One start per link every few seconds: pointerover fires for each child element.
 */
export function prefetchOnIntent(router: ReturnType<typeof createAppRouter>): void {
  const started = new Map<string, number>();
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
    const now = Date.now();
    if (now - (started.get(link.href) ?? 0) < FRESH_MS) return;
    started.set(link.href, now);
    for (const match of matchRoutes(router.routes, link.pathname) ?? []) {
      const { lazy, loader } = match.route;
      if (typeof lazy === 'function') void lazy().catch(() => undefined);
      if (typeof loader === 'function') {
        const args = { request: new Request(link.href), params: match.params, context: undefined } as unknown as LoaderFunctionArgs;
        void Promise.resolve(loader(args)).catch(() => undefined);
      }
    }
  };
  document.addEventListener('pointerover', onIntent);
  document.addEventListener('focusin', onIntent);
}
