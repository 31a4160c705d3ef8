import { z } from 'zod';

export const VM_STATES = [
  'Starting', 'Restarting', 'Running', 'Stopping', 'Stopped', 'Deleted', 'Terminating', 'Terminated',
  'Migrating', 'Reinstalling', 'Poweroffing', 'Failed', 'Initializing', 'Resizing', 'WaitReinstall',
] as const;
export const vmStateField = z.enum(VM_STATES);
export type VMState = z.infer<typeof vmStateField>;

/** States a VM passes through on its way somewhere else: lists poll while any row is in one. */
export const TRANSITIONAL_STATES: readonly VMState[] = [
  'Starting', 'Restarting', 'Stopping', 'Terminating', 'Migrating', 'Reinstalling', 'Poweroffing',
  'Initializing', 'Resizing', 'WaitReinstall',
];

export function isTransitional(state: string | undefined): boolean {
  return TRANSITIONAL_STATES.includes(state as VMState);
}
