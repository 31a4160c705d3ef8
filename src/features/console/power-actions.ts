import type { VMInstanceInfo } from '../../../contract/vm-instance-info';

export type PowerAction = 'StartVMInstance' | 'RestartVMInstance' | 'PoweroffVMInstance';

export interface PowerActionDef {
  action: PowerAction;
  label: string;
  done: string;
  /** Message keys of the confirmation; none for starting, which cannot lose anything. */
  confirm?: { title: string; body: string };
  danger?: boolean;
  /** docs/protocol.md §5. */
  isAllowed(vm: VMInstanceInfo): boolean;
}

export const POWER_ACTIONS: PowerActionDef[] = [
  {
    action: 'StartVMInstance',
    label: 'console.start',
    done: 'console.done.start',
    isAllowed: (vm) => vm.State === 'Stopped',
  },
  {
    action: 'RestartVMInstance',
    label: 'console.restart',
    done: 'console.done.restart',
    confirm: { title: 'console.confirm.restart.title', body: 'console.confirm.restart.body' },
    isAllowed: (vm) => vm.State === 'Running',
  },
  {
    action: 'PoweroffVMInstance',
    label: 'console.powerOff',
    done: 'console.done.powerOff',
    confirm: { title: 'console.confirm.powerOff.title', body: 'console.confirm.powerOff.body' },
    danger: true,
    isAllowed: (vm) => ['Running', 'Starting', 'Stopping', 'Restarting'].includes(vm.State),
  },
];
