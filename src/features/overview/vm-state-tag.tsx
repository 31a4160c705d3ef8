import { Tag } from 'antd';
import { isTransitional } from '../../../contract/vm-states';
import { useT } from '../../i18n/i18n-context';

function colorOf(state: string): string | undefined {
  if (state === 'Running') return 'success';
  if (state === 'Failed') return 'error';
  if (isTransitional(state)) return 'processing';
  return undefined;
}

/** A VM's state in words (the colour only repeats it). */
export function VmStateTag({ state }: { state: string }) {
  const { t } = useT();
  return <Tag color={colorOf(state)}>{t(`overview.vmState.${state}`)}</Tag>;
}
