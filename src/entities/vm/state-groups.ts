import { TRANSITIONAL_STATES, type VMState } from '../../../contract/vm-states';
import { vmList } from '../../paths';

export interface StateGroup {
  key: 'running' | 'stopped' | 'transitional' | 'failed';
  states: readonly VMState[];
}

export const STATE_GROUPS: readonly StateGroup[] = [
  { key: 'running', states: ['Running'] },
  { key: 'stopped', states: ['Stopped'] },
  { key: 'transitional', states: TRANSITIONAL_STATES },
  { key: 'failed', states: ['Failed'] },
];

/** The VM list filtered to these states (its `state` URL param takes a comma-separated list). */
export function listLink(states: readonly VMState[]): string {
  return vmList({ state: states });
}
