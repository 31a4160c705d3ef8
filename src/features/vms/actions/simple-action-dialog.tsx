import { Alert, App, Typography } from 'antd';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import { ActionDialog } from '../../../components/action-dialog';
import type { VmAction } from '../../../entities/vm/vm-actions';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';

function simpleCall(action: VmAction) {
  const name = action.call?.name;
  if (!name || name === 'DeleteVMInstance') throw new Error(`${action.action} has no simple call`);
  return name;
}

/** Confirmation for stop and restart, and the power-off dialog that spells out the risk. */
export function SimpleActionDialog({ action, vm, onClose }: { action: VmAction; vm: VMInstanceInfo; onClose(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const mutation = useActionMutation(simpleCall(action));
  const label = t(action.label);
  return (
    <ActionDialog
      title={t('vms.confirm.title', { action: label, name: vm.Name })}
      okText={label}
      danger={action.danger}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={() =>
        mutation.run({ VMID: vm.VMID }, {
          onSuccess: () => {
            message.success(t('vms.done', { action: label, name: vm.Name }));
            onClose();
          },
        })
      }
    >
      {action.confirm && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t(action.confirm, { name: vm.Name, id: vm.VMID })}</Typography.Paragraph>
      )}
      {action.action === 'powerOff' && <Alert type="warning" showIcon title={t('vms.powerOff.risk')} />}
    </ActionDialog>
  );
}
