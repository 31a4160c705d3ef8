import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { ErrorPage } from './error-page';
import { Lazy } from './lazy';
import { NotFoundPage } from './not-found-page';
import { SessionGate } from './session-gate';

// Each page is its own chunk: a first visit loads the shell and the page it lands on, nothing else.
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const Layout = lazy(() => import('./layout'));
const OverviewPage = lazy(() => import('../features/overview/overview-page'));
const VmListPage = lazy(() => import('../features/vms/vm-list-page'));
const VmDetailRoute = lazy(() => import('./vm-detail-route'));
const CreateVmPage = lazy(() => import('../features/create-vm/create-vm-page'));
const ConsolePage = lazy(() => import('../features/console/console-page'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <Lazy page={SignInPage} />, errorElement: <ErrorPage /> },
  {
    path: '/',
    element: <SessionGate><Lazy page={Layout} /></SessionGate>,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <Lazy page={OverviewPage} /> },
      { path: 'vms', element: <Lazy page={VmListPage} /> },
      { path: 'vms/create', element: <Lazy page={CreateVmPage} /> },
      { path: 'vms/:id', element: <Lazy page={VmDetailRoute} /> },
      { path: 'vms/:id/console', element: <Lazy page={ConsolePage} /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
