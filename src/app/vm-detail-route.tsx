import VmDetailPage from '../features/vms/vm-detail-page';

/** The detail page; the app composes features here (the console tab is added by the console feature). */
export default function VmDetailRoute() {
  return <VmDetailPage />;
}
