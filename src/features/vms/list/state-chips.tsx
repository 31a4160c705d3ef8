import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { TRANSITIONAL_STATES, type VMState } from '../../../../contract/vm-states';
import { useScope } from '../../../entities/tenant/scope';
import { STATE_GROUPS, type StateGroup } from '../../../entities/vm/state-groups';
import { vmQueries } from '../../../entities/vm/vm-queries';
import { useT } from '../../../i18n/i18n-context';

const sameStates = (a: readonly VMState[], b: readonly VMState[]) => a.length === b.length && a.every((s) => b.includes(s));

/**
 * Live counts by state above the list, grouped as the overview groups them (Running 7, Stopped 2, In transition
 * 0, Failed 1). A chip filters the list to its group, a second press clears it; the State filter stays for rare
 * states. Counts poll every 2 s while any VM is in transition, otherwise every 30 s.
 */
export function StateChips({ states, onChange }: { states: readonly VMState[]; onChange(states: VMState[]): void }) {
  const { t } = useT();
  const scope = useScope();
  const queryClient = useQueryClient();
  // Every chip moves while any VM is in transition (as the overview's figures do); read from the cache, which
  // re-renders this component whenever the counts change.
  const moving = (queryClient.getQueryData(vmQueries.stateCount(scope, TRANSITIONAL_STATES).queryKey) ?? 0) > 0;
  const counts = useQueries({
    queries: STATE_GROUPS.map((g) => ({ ...vmQueries.stateCount(scope, g.states), refetchInterval: moving ? 2000 : 30_000 })),
  });
  const chip = (group: StateGroup, i: number) => {
    const label = t(`overview.state.${group.key}`);
    const count = counts[i].data;
    const active = sameStates(states, group.states);
    return (
      <Button
        key={group.key}
        size="small"
        shape="round"
        type={active ? 'primary' : 'default'}
        aria-pressed={active}
        onClick={() => onChange(active ? [] : [...group.states])}
      >
        {label} {typeof count === 'number' ? count : '…'}
      </Button>
    );
  };
  return (
    <Flex role="group" aria-label={t('vms.chips.label')} gap={8} wrap>
      {STATE_GROUPS.map(chip)}
    </Flex>
  );
}
