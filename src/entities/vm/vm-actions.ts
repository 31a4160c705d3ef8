import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { isTransitional } from '../../../contract/vm-states';
import type { MessageKey } from '../../i18n/messages';

export type VmActionId =
  | 'start'
  | 'stop'
  | 'restart'
  | 'powerOff'
  | 'resetPassword'
  | 'reinstall'
  | 'resize'
  | 'setDefaultGateway'
  | 'delete'
  | 'console';

/** The actions a refusal can offer as its fix-it. */
type FixAction = Extract<VmActionId, 'start' | 'stop'>;

type DialogKind = 'powerOff' | 'resetPassword' | 'reinstall' | 'resize' | 'setDefaultGateway' | 'delete';

/** Why an action is not possible right now (a message key), and the action that would make it possible. */
export type Permission =
  | { allowed: true }
  | { allowed: false; reason: MessageKey; vars?: Record<string, string>; fix?: FixAction };

/** The platform call behind the simple actions, and the state the VM settles in afterwards. */
export interface SimpleCall {
  name: 'StartVMInstance' | 'StopVMInstance' | 'RestartVMInstance' | 'PoweroffVMInstance' | 'DeleteVMInstance';
  /** 'gone' = the VM leaves the list (deleted). */
  target: 'Running' | 'Stopped' | 'gone';
}

/**
 * How the console offers a power action: its own button text, the toast once sent, and the
 * confirmation where the action can lose work (none for starting, which cannot).
 */
export interface PowerTexts {
  label: MessageKey;
  done: MessageKey;
  confirm?: { title: MessageKey; body: MessageKey };
}

export interface VmAction {
  action: VmActionId;
  label: MessageKey;
  danger?: boolean;
  /** Asks before running: the confirmation's text, naming the VM ({name}, {id}). */
  confirm?: MessageKey;
  /** Opens this dialog instead of running straight away. */
  dialog?: DialogKind;
  /** Offered in the bulk toolbar. */
  bulk?: boolean;
  call?: SimpleCall;
  /** Offered among the console's power buttons. */
  power?: PowerTexts;
  isAllowed(vm: VMInstanceInfo): Permission;
}

/** A catalogue action the console offers as a power button: it has a platform call and console texts. */
export type PowerAction = VmAction & { call: SimpleCall; power: PowerTexts };

const OK: Permission = { allowed: true };
const STUCK = ['Starting', 'Stopping', 'Restarting'];

function needsRunning(vm: VMInstanceInfo): Permission {
  if (vm.State === 'Running') return OK;
  if (vm.State === 'Stopped') return { allowed: false, reason: 'vms.reason.startFirst', fix: 'start' };
  return wrongState(vm);
}

function needsStopped(vm: VMInstanceInfo): Permission {
  if (vm.State === 'Stopped') return OK;
  if (vm.State === 'Running') return { allowed: false, reason: 'vms.reason.stopFirst', fix: 'stop' };
  return wrongState(vm);
}

function wrongState(vm: VMInstanceInfo): Permission {
  if (isTransitional(vm.State)) return { allowed: false, reason: 'vms.reason.busy', vars: { state: vm.State } };
  return { allowed: false, reason: 'vms.reason.state', vars: { state: vm.State } };
}

/** Bound public IPs (EIPs): the only candidates for the default gateway. */
export function publicIps(vm: VMInstanceInfo) {
  return (vm.IPInfos ?? []).filter((ip) => ip.Type === 'Public' || ip.NicType === 'WAN');
}

/**
 * Every VM action, in display order. The row menu, the detail action bar and the bulk toolbar all
 * read this list, so they cannot disagree. The rules follow docs/protocol.md §5.
 */
export const vmActions: readonly VmAction[] = [
  {
    action: 'start',
    label: 'vms.action.start',
    bulk: true,
    call: { name: 'StartVMInstance', target: 'Running' },
    power: { label: 'console.start', done: 'console.done.start' },
    isAllowed: (vm) =>
      vm.State === 'Stopped' ? OK : vm.State === 'Running' ? { allowed: false, reason: 'vms.reason.alreadyRunning' } : wrongState(vm),
  },
  {
    action: 'stop',
    label: 'vms.action.stop',
    confirm: 'vms.confirm.stop',
    bulk: true,
    call: { name: 'StopVMInstance', target: 'Stopped' },
    isAllowed: (vm) =>
      vm.State === 'Running' ? OK : vm.State === 'Stopped' ? { allowed: false, reason: 'vms.reason.alreadyStopped' } : wrongState(vm),
  },
  {
    action: 'restart',
    label: 'vms.action.restart',
    confirm: 'vms.confirm.restart',
    bulk: true,
    call: { name: 'RestartVMInstance', target: 'Running' },
    power: {
      label: 'console.restart',
      done: 'console.done.restart',
      confirm: { title: 'console.confirm.restart.title', body: 'console.confirm.restart.body' },
    },
    isAllowed: needsRunning,
  },
  {
    action: 'powerOff',
    label: 'vms.action.powerOff',
    confirm: 'vms.confirm.powerOff',
    danger: true,
    dialog: 'powerOff',
    bulk: true,
    call: { name: 'PoweroffVMInstance', target: 'Stopped' },
    power: {
      label: 'console.powerOff',
      done: 'console.done.powerOff',
      confirm: { title: 'console.confirm.powerOff.title', body: 'console.confirm.powerOff.body' },
    },
    isAllowed: (vm) => {
      if (vm.State === 'Running' || STUCK.includes(vm.State)) return OK;
      if (vm.State === 'Stopped') return { allowed: false, reason: 'vms.reason.alreadyStopped' };
      return wrongState(vm);
    },
  },
  { action: 'console', label: 'vms.action.console', isAllowed: needsRunning },
  { action: 'resetPassword', label: 'vms.action.resetPassword', dialog: 'resetPassword', isAllowed: needsRunning },
  { action: 'reinstall', label: 'vms.action.reinstall', danger: true, dialog: 'reinstall', isAllowed: needsStopped },
  { action: 'resize', label: 'vms.action.resize', dialog: 'resize', isAllowed: needsStopped },
  {
    action: 'setDefaultGateway',
    label: 'vms.action.setDefaultGateway',
    dialog: 'setDefaultGateway',
    isAllowed: (vm) => (publicIps(vm).length > 0 ? OK : { allowed: false, reason: 'vms.reason.noPublicIp' }),
  },
  {
    action: 'delete',
    label: 'vms.action.delete',
    danger: true,
    dialog: 'delete',
    bulk: true,
    call: { name: 'DeleteVMInstance', target: 'gone' },
    isAllowed: (vm) => (vm.State === 'Running' || vm.State === 'Stopped' || vm.State === 'Failed' ? OK : wrongState(vm)),
  },
];

export function findVmAction(id: VmActionId): VmAction {
  const found = vmActions.find((a) => a.action === id);
  if (!found) throw new Error(`unknown VM action ${id}`);
  return found;
}

/** The console's power buttons (start, restart, power off), in display order, with the catalogue's rules. */
export const powerActions: readonly PowerAction[] = vmActions.filter((a): a is PowerAction => !!a.call && !!a.power);
