import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { ErrorPage } from './error-page';
import { Lazy } from './lazy';

// Each page is its own chunk: a first visit loads the shell and the page it lands on, nothing else.
// The entry holds no antd and no zod: the two layouts bring them (see antd-providers.tsx); the
// session gate lives in the signed-in layout, so the check of the session starts with that chunk.
const PublicLayout = lazy(() => import('./public-layout'));
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const Layout = lazy(() => import('./layout'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const OverviewPage = lazy(() => import('../features/overview/overview-page'));
const VmListPage = lazy(() => import('../features/vms/list/vm-list-page'));
const VmDetailRoute = lazy(() => import('./vm-detail-route'));
const CreateVmPage = lazy(() => import('../features/create-vm/create-vm-page'));
const ConsolePage = lazy(() => import('../features/console/console-page'));

export const router = createBrowserRouter([
  {
    element: <Lazy page={PublicLayout} />,
    errorElement: <ErrorPage />,
    children: [{ path: '/sign-in', element: <Lazy page={SignInPage} /> }],
  },
  {
    path: '/',
    element: <Lazy page={Layout} />,
    errorElement: <ErrorPage />,
    children: [
      {
        // A page that fails shows the error inside the shell, so the header and its way out stay.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <Lazy page={OverviewPage} /> },
          { path: 'vms', element: <Lazy page={VmListPage} /> },
          { path: 'vms/create', element: <Lazy page={CreateVmPage} /> },
          { path: 'vms/:id', element: <Lazy page={VmDetailRoute} /> },
          { path: 'vms/:id/console', element: <Lazy page={ConsolePage} /> },
          { path: '*', element: <Lazy page={NotFoundPage} /> },
        ],
      },
    ],
  },
]);
