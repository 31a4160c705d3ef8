import { describe, expect, it } from 'vitest';
import { messages } from './all-messages';
import type { MessageKey } from './messages';

// The zh-CN glossary: one word per concept, everywhere. A VM's state is never worded like the action that
// leads to it (已关机 is the state, 关机 the action), and starting a VM is 开机, never 启动.
const zh = messages['zh-CN'];
const en = messages['en-US'];
const valuesOf = (language: typeof zh, prefix: string) =>
  Object.entries(language).filter(([key]) => key.startsWith(prefix)).map(([, value]) => value);

/** The places one action is named: the action catalogue, the console's power buttons, the activity log. */
const ACTION_NAMES: MessageKey[][] = [
  ['vms.action.start', 'console.start', 'activity.action.StartVMInstance'],
  ['vms.action.stop', 'activity.action.StopVMInstance'],
  ['vms.action.restart', 'console.restart', 'activity.action.RestartVMInstance'],
  ['vms.action.powerOff', 'console.powerOff', 'activity.action.PoweroffVMInstance'],
  ['vms.action.resetPassword', 'activity.action.ResetVMInstancePassword'],
  ['vms.action.reinstall', 'activity.action.ReinstallVMInstance'],
  ['vms.action.resize', 'activity.action.ResizeVMConfig'],
  ['vms.action.setDefaultGateway', 'activity.action.UpdateVMDefaultGW'],
  ['vms.action.delete', 'activity.action.DeleteVMInstance'],
];

describe('the zh-CN glossary', () => {
  it('never words a state like an action', () => {
    const actions = new Set([...valuesOf(zh, 'vms.action.'), ...valuesOf(zh, 'activity.action.')]);
    const clashes = valuesOf(zh, 'vms.state.').filter((state) => actions.has(state));
    expect(clashes).toEqual([]);
  });

  it('names each action with one word in the list, the console and the activity log (both languages)', () => {
    for (const language of [zh, en]) {
      for (const keys of ACTION_NAMES) expect(new Set(keys.map((key) => language[key])), keys.join(', ')).toHaveProperty('size', 1);
    }
  });

  it('gives the overview and the list the same state words', () => {
    for (const language of [zh, en]) {
      expect(language['overview.state.running']).toBe(language['vms.state.Running']);
      expect(language['overview.state.stopped']).toBe(language['vms.state.Stopped']);
      expect(language['overview.state.failed']).toBe(language['vms.state.Failed']);
    }
  });

  it('says 开机 for starting a VM, never 启动', () => {
    expect(Object.entries(zh).filter(([, value]) => value.includes('启动'))).toEqual([]);
    expect(zh['vms.state.Starting']).toBe(`${zh['vms.action.start']}中`);
    expect(zh['vms.state.Stopping']).toBe(`${zh['vms.action.stop']}中`);
    expect(zh['vms.state.Stopped']).toBe(`已${zh['vms.action.stop']}`);
  });
});
