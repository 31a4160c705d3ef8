// Every route's chunk, as one import function each: the router's `lazy` routes load them, and the boot module
// starts the current URL's chunks before anything else is even evaluated (see boot.ts). An import started
// twice is one download: the browser keeps one module per URL.
export const routeChunks = {
  publicLayout: () => import('./public-layout'),
  signIn: () => import('../features/auth/sign-in-page'),
  layout: () => import('./layout'),
  overview: () => import('../features/overview/overview-page'),
  vmList: () => import('../features/vms/list/vm-list-page'),
  activity: () => import('../features/activity/activity-page'),
  createVm: () => import('../features/create-vm/create-vm-page'),
  vmDetail: () => import('./vm-detail-route'),
  console: () => import('../features/console/console-page'),
  notFound: () => import('./not-found-page'),
};

export type ChunkName = keyof typeof routeChunks;

/** The chunks the router will load for a path (the same table as router.tsx, read without the router). */
export function chunksForPath(pathname: string): ChunkName[] {
  if (pathname === '/sign-in') return ['publicLayout', 'signIn'];
  const page: ChunkName =
    pathname === '/' ? 'overview'
    : pathname === '/vms' ? 'vmList'
    : pathname === '/activity' ? 'activity'
    : pathname === '/vms/create' ? 'createVm'
    : /^\/vms\/[^/]+\/console$/.test(pathname) ? 'console'
    : /^\/vms\/[^/]+$/.test(pathname) ? 'vmDetail'
    : 'notFound';
  return ['layout', page];
}
