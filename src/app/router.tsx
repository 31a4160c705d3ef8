import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { ErrorPage } from './error-page';
import { PageLoading } from './page-loading';
import { routeChunks } from './route-chunks';

// Each page is its own chunk, fetched by the router as soon as the URL is known (route `lazy`), together with
// the page's data (the loaders below): no step waits for a component to render. The entry holds no antd and
// no zod: the layouts bring them (see antd-providers.tsx), and the prefetch module, with the API client, is
// its own chunk too. A loader waits for its page's first data a little (DATA_WAIT_MS) and never longer:
// rendering the shell with a skeleton and then again with the rows costs ~200 ms of main thread more than
// rendering once with the rows, and that thread is also what the data's own requests wait on. A slow
// platform still gets the skeleton after the wait.
const DATA_WAIT_MS = 400;
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });
const prefetch = () => import('./route-prefetch');
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createAppRouter(queryClient: QueryClient) {
  const start = (run: (m: Awaited<ReturnType<typeof prefetch>>, url: URL, args: LoaderFunctionArgs) => Promise<unknown>) =>
    (args: LoaderFunctionArgs) => {
      const url = new URL(args.request.url);
      const data = prefetch().then((m) => run(m, url, args)).catch(() => undefined);
      return Promise.race([data, delay(DATA_WAIT_MS)]).then(() => null);
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
