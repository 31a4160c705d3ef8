import { Button, Space } from 'antd';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { useT } from '../../i18n/i18n-context';
import { POWER_ACTIONS } from './power-actions';
import { usePowerAction } from './use-power-action';

export function PowerButtons({ vm }: { vm: VMInstanceInfo }) {
  const { t } = useT();
  const { run, pending } = usePowerAction(vm);
  return (
    <Space.Compact role="group" aria-label={t('console.power')}>
      {POWER_ACTIONS.map((def) => (
        <Button
          key={def.action}
          danger={def.danger}
          disabled={!def.isAllowed(vm) || (pending !== undefined && pending !== def.action)}
          loading={pending === def.action}
          onClick={() => run(def)}
        >
          {t(def.label)}
        </Button>
      ))}
    </Space.Compact>
  );
}
