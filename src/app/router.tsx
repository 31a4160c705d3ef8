import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { ErrorPage } from './error-page';
import { PageLoading } from './page-loading';
import { routeChunks, type ChunkName } from './route-chunks';

// Each page is its own chunk, fetched by the router as soon as the URL is known (route `lazy`), together with
// the page's data (the loaders below): no step waits for a component to render. The entry holds no antd and
// no zod: the layouts bring them (see antd-providers.tsx), and the prefetch module, with the API client, is
// its own chunk too. Loaders never wait for data: a page renders as soon as its chunk is there. (Measured,
// 2026-12-04: a loader that waited up to 400 ms for the rows, to render the shell once instead of twice,
// was no faster to the rows and 200 ms slower from the data to the rows: the shell's render fills the wait.)
// A route's page: its chunk, loaded by the router, and the chunk's name, which route-chunks.test.ts holds
// against chunksForPath (the entry's copy of this table).
const page = (chunk: ChunkName) => ({
  lazy: async () => ({ Component: (await routeChunks[chunk]()).default }),
  handle: { chunk },
});
const prefetch = () => import('./route-prefetch');

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}

/** The app's routes: two layouts (signed out, signed in) and their pages. */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  const start = (run: (m: Awaited<ReturnType<typeof prefetch>>, url: URL, args: LoaderFunctionArgs) => Promise<unknown>) =>
    (args: LoaderFunctionArgs) => {
      const url = new URL(args.request.url);
      void prefetch().then((m) => run(m, url, args)).catch(() => undefined);
      return null;
    };
  return [
    {
      HydrateFallback: PageLoading,
      ...page('publicLayout'),
      errorElement: <ErrorPage />,
      children: [{ path: '/sign-in', ...page('signIn') }],
    },
    {
      path: '/',
      HydrateFallback: PageLoading,
      ...page('layout'),
      loader: start((m, url) => m.shellScope(queryClient, url)),
      errorElement: <ErrorPage />,
      children: [
        {
          // A page that fails shows the error inside the shell, so the header and its way out stay.
          errorElement: <ErrorPage />,
          children: [
            { index: true, ...page('overview') },
            {
              path: 'vms',
              ...page('vmList'),
              loader: start((m, url) => m.prefetchVmList(queryClient, url)),
            },
            { path: 'activity', ...page('activity') },
            { path: 'vms/create', ...page('createVm') },
            {
              path: 'vms/:id',
              ...page('vmDetail'),
              loader: start((m, url, { params }) => m.prefetchVmDetail(queryClient, url, params.id ?? '')),
            },
            {
              path: 'vms/:id/console',
              ...page('console'),
              loader: start((m, url, { params }) => m.prefetchVmDetail(queryClient, url, params.id ?? '')),
            },
            { path: '*', ...page('notFound') },
          ],
        },
      ],
    },
  ];
}
