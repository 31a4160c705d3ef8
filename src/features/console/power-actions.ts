import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { findVmAction, type SimpleCall, type VmActionId } from '../../entities/vm/vm-actions';

export type PowerAction = Extract<SimpleCall['name'], 'StartVMInstance' | 'RestartVMInstance' | 'PoweroffVMInstance'>;

export interface PowerActionDef {
  action: PowerAction;
  label: string;
  done: string;
  /** Message keys of the confirmation; none for starting, which cannot lose anything. */
  confirm?: { title: string; body: string };
  danger?: boolean;
  /** The catalogue's state rule (docs/protocol.md §5), so the console and the list cannot disagree. */
  isAllowed(vm: VMInstanceInfo): boolean;
}

type ConsoleTexts = Pick<PowerActionDef, 'label' | 'done' | 'confirm'>;

/** The console's own texts over the catalogue's call, danger flag and state rule. */
function fromCatalogue(id: VmActionId, action: PowerAction, texts: ConsoleTexts): PowerActionDef {
  const entry = findVmAction(id);
  if (entry.call?.name !== action) throw new Error(`catalogue action ${id} does not call ${action}`);
  return { ...texts, action, danger: entry.danger, isAllowed: (vm) => entry.isAllowed(vm).allowed };
}

export const POWER_ACTIONS: PowerActionDef[] = [
  fromCatalogue('start', 'StartVMInstance', { label: 'console.start', done: 'console.done.start' }),
  fromCatalogue('restart', 'RestartVMInstance', {
    label: 'console.restart',
    done: 'console.done.restart',
    confirm: { title: 'console.confirm.restart.title', body: 'console.confirm.restart.body' },
  }),
  fromCatalogue('powerOff', 'PoweroffVMInstance', {
    label: 'console.powerOff',
    done: 'console.done.powerOff',
    confirm: { title: 'console.confirm.powerOff.title', body: 'console.confirm.powerOff.body' },
  }),
];
