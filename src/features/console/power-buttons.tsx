import { Button, Space, Typography } from 'antd';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { ActionDialog } from '../../components/action-dialog';
import { powerActions } from '../../entities/vm/vm-actions';
import { useT } from '../../i18n/i18n-context';
import { usePowerAction } from './use-power-action';

export function PowerButtons({ vm }: { vm: VMInstanceInfo }) {
  const { t } = useT();
  const { run, send, asking, cancel, pending } = usePowerAction(vm);
  const confirm = asking?.power.confirm;
  return (
    <>
      <Space.Compact role="group" aria-label={t('console.power')}>
        {powerActions.map((def) => (
          <Button
            key={def.action}
            danger={def.danger}
            disabled={!def.isAllowed(vm).allowed || (pending !== undefined && pending !== def.call.name)}
            loading={pending === def.call.name}
            onClick={() => run(def)}
          >
            {t(def.power.label)}
          </Button>
        ))}
      </Space.Compact>
      {asking && confirm && (
        <ActionDialog
          title={t(confirm.title, { name: vm.Name })}
          okText={t(asking.power.label)}
          danger={asking.danger}
          pending={pending === asking.call.name}
          error={null}
          onSubmit={() => send(asking)}
          onClose={cancel}
        >
          <Typography.Paragraph style={{ margin: 0 }}>{t(confirm.body)}</Typography.Paragraph>
        </ActionDialog>
      )}
    </>
  );
}
