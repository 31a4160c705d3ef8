import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { ErrorPage } from './error-page';
import { PageLoading } from './page-loading';
import { routeChunks } from './route-chunks';

// Each page is its own chunk, fetched by the router as soon as the URL is known (route `lazy`), together with
// the page's data (the loaders below): no step waits for a component to render. The entry holds no antd and
// no zod: the layouts bring them (see antd-providers.tsx), and the prefetch module, with the API client, is
// its own chunk too. Loaders never wait for data: a page renders as soon as its chunk is there. (Measured,
// 2026-12-04: a loader that waited up to 400 ms for the rows, to render the shell once instead of twice,
// was no faster to the rows and 200 ms slower from the data to the rows: the shell's render fills the wait.)
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });
const prefetch = () => import('./route-prefetch');

export function createAppRouter(queryClient: QueryClient) {
  const start = (run: (m: Awaited<ReturnType<typeof prefetch>>, url: URL, args: LoaderFunctionArgs) => Promise<unknown>) =>
    (args: LoaderFunctionArgs) => {
      const url = new URL(args.request.url);
      void prefetch().then((m) => run(m, url, args)).catch(() => undefined);
      return null;
    };
  return createBrowserRouter([
    {
      HydrateFallback: PageLoading,
      lazy: page(routeChunks.publicLayout),
      errorElement: <ErrorPage />,
      children: [{ path: '/sign-in', lazy: page(routeChunks.signIn) }],
    },
    {
      path: '/',
      HydrateFallback: PageLoading,
      lazy: page(routeChunks.layout),
      loader: start((m, url) => m.shellScope(queryClient, url)),
      errorElement: <ErrorPage />,
      children: [
        {
          // A page that fails shows the error inside the shell, so the header and its way out stay.
          errorElement: <ErrorPage />,
          children: [
            { index: true, lazy: page(routeChunks.overview) },
            {
              path: 'vms',
              lazy: page(routeChunks.vmList),
              loader: start((m, url) => m.prefetchVmList(queryClient, url)),
            },
            { path: 'activity', lazy: page(routeChunks.activity) },
            { path: 'vms/create', lazy: page(routeChunks.createVm) },
            {
              path: 'vms/:id',
              lazy: page(routeChunks.vmDetail),
              loader: start((m, url, { params }) => m.prefetchVmDetail(queryClient, url, params.id ?? '')),
            },
            {
              path: 'vms/:id/console',
              lazy: page(routeChunks.console),
              loader: start((m, url, { params }) => m.prefetchVmDetail(queryClient, url, params.id ?? '')),
            },
            { path: '*', lazy: page(routeChunks.notFound) },
          ],
        },
      ],
    },
  ]);
}
