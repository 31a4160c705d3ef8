import { Button, Result } from 'antd';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { isTransitional } from '../../../contract/vm-states';
import { stateText } from '../../entities/vm/format';
import { powerActions } from '../../entities/vm/vm-actions';
import { useT } from '../../i18n/i18n-context';
import { usePowerAction } from './use-power-action';

const START = powerActions.find((def) => def.call.name === 'StartVMInstance');

/** What the console shows for a VM that has no screen to show, with the way to give it one. */
export function NotRunning({ vm }: { vm: VMInstanceInfo }) {
  const { t } = useT();
  const { run, pending } = usePowerAction(vm);
  const canStart = START !== undefined && START.isAllowed(vm).allowed;
  return (
    <Result
      status="info"
      title={t('console.notRunning.title')}
      subTitle={
        <>
          <div>{t('console.notRunning.state', { state: stateText(vm.State, t) })}</div>
          <div>{t(canStart || !isTransitional(vm.State) ? 'console.notRunning.start' : 'console.notRunning.wait')}</div>
        </>
      }
      extra={canStart && START && (
        <Button type="primary" loading={pending === START.call.name} onClick={() => run(START)}>
          {t(START.power.label)}
        </Button>
      )}
    />
  );
}
