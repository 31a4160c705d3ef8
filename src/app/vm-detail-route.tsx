import type { VMInstanceInfo } from '../../contract/vm-instance-info';
import { ConsolePanel } from '../features/console/console-panel';
import VmDetailPage from '../features/vms/detail/vm-detail-page';

const consoleTab = (vm: VMInstanceInfo) => <ConsolePanel vm={vm} />;

/** The detail page, with the console feature's panel as its console tab (features do not import each other). */
export default function VmDetailRoute() {
  return <VmDetailPage consoleTab={consoleTab} />;
}
