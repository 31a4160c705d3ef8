import { describe, expect, it } from 'vitest';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { VM_STATES } from '../../../contract/vm-states';
import { findVmAction, powerActions, vmActions, type VmActionId } from './vm-actions';

const vm = (State: string, publicIp = false): VMInstanceInfo => ({
  VMID: 'vm-a',
  Name: 'a',
  State,
  IPInfos: [{ IP: '10.0.0.2', Type: 'Private' }, ...(publicIp ? [{ IP: '1.2.3.4', Type: 'Public', IPID: 'eip-1' }] : [])],
});

// docs/protocol.md §5: the states each action is allowed in.
const TABLE: Record<Exclude<VmActionId, 'setDefaultGateway'>, string[]> = {
  start: ['Stopped'],
  stop: ['Running'],
  restart: ['Running'],
  powerOff: ['Running', 'Starting', 'Stopping', 'Restarting'],
  resetPassword: ['Running'],
  reinstall: ['Stopped'],
  resize: ['Stopped'],
  delete: ['Running', 'Stopped', 'Failed'],
  console: ['Running'],
};

describe('vmActions.isAllowed follows the state table', () => {
  for (const [id, allowed] of Object.entries(TABLE)) {
    it(`${id}: allowed exactly in ${allowed.join(', ')}`, () => {
      const action = findVmAction(id as VmActionId);
      for (const state of VM_STATES) {
        expect(action.isAllowed(vm(state)).allowed, state).toBe(allowed.includes(state));
      }
    });
  }

  it('set default gateway needs a bound public IP, in any state', () => {
    const action = findVmAction('setDefaultGateway');
    expect(action.isAllowed(vm('Running', true))).toEqual({ allowed: true });
    expect(action.isAllowed(vm('Stopped', true))).toEqual({ allowed: true });
    expect(action.isAllowed(vm('Running'))).toMatchObject({ allowed: false, reason: 'vms.reason.noPublicIp' });
  });

  it('offers the fix: stop first for stopped-only actions, start first for running-only ones', () => {
    for (const id of ['reinstall', 'resize'] as const) {
      expect(findVmAction(id).isAllowed(vm('Running'))).toEqual({ allowed: false, reason: 'vms.reason.stopFirst', fix: 'stop' });
    }
    for (const id of ['resetPassword', 'restart', 'console'] as const) {
      expect(findVmAction(id).isAllowed(vm('Stopped'))).toEqual({ allowed: false, reason: 'vms.reason.startFirst', fix: 'start' });
    }
  });

  it('says why: already stopped / running, busy in a transition, or the state', () => {
    expect(findVmAction('stop').isAllowed(vm('Stopped'))).toMatchObject({ reason: 'vms.reason.alreadyStopped' });
    expect(findVmAction('start').isAllowed(vm('Running'))).toMatchObject({ reason: 'vms.reason.alreadyRunning' });
    expect(findVmAction('delete').isAllowed(vm('Starting'))).toMatchObject({ reason: 'vms.reason.busy', vars: { state: 'Starting' } });
    expect(findVmAction('start').isAllowed(vm('Failed'))).toMatchObject({ reason: 'vms.reason.state', vars: { state: 'Failed' } });
  });

  it('every bulk action has a platform call, every dialog action a dialog', () => {
    for (const a of vmActions) {
      if (a.bulk) expect(a.call, a.action).toBeDefined();
    }
    expect(vmActions.filter((a) => a.bulk).map((a) => a.action)).toEqual(['start', 'stop', 'restart', 'powerOff', 'delete']);
  });

  it('offers start, restart and power off as the console power actions, asking before the last two', () => {
    expect(powerActions.map((a) => [a.call.name, !!a.power.confirm])).toEqual([
      ['StartVMInstance', false],
      ['RestartVMInstance', true],
      ['PoweroffVMInstance', true],
    ]);
  });
});
