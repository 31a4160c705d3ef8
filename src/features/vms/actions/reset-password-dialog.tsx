import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Typography } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import { ActionDialog } from '../../../components/action-dialog';
import { PasswordFields, passwordPairSchema } from './password-fields';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';

/** Sets a new password on a running VM, then shows it once with a copy button (it is not kept anywhere). */
export function ResetPasswordDialog({ vm, onClose }: { vm: VMInstanceInfo; onClose(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const windows = vm.OSType === 'Windows';
  const form = useForm({ resolver: zodResolver(passwordPairSchema(windows)), defaultValues: { Password: '', Confirm: '' }, mode: 'onChange' });
  const mutation = useActionMutation('ResetVMInstancePassword');
  const [shown, setShown] = useState<string | null>(null);
  const password = useWatch({ control: form.control, name: 'Password' });
  const submit = form.handleSubmit((values) =>
    mutation.run({ VMID: vm.VMID, Password: values.Password }, {
      onSuccess: () => {
        message.success(t('vms.done', { action: t('vms.action.resetPassword'), name: vm.Name }));
        form.reset();
        setShown(values.Password);
      },
    }),
  );
  const done = shown ? (
    <>
      <Alert type="success" showIcon title={t('vms.password.doneOnce')} />
      <Typography.Paragraph style={{ marginTop: 12 }}>
        <Typography.Text code copyable={{ text: shown }} aria-label={t('vms.password.new')}>{shown}</Typography.Text>
      </Typography.Paragraph>
    </>
  ) : undefined;
  return (
    <ActionDialog
      title={t('vms.resetPassword.title', { name: vm.Name })}
      okText={t('vms.action.resetPassword')}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      done={done}
    >
      <Form layout="vertical" component={false}>
        <PasswordFields control={form.control} setValue={form.setValue} password={password} windows={windows} label={t('vms.password.new')} />
      </Form>
    </ActionDialog>
  );
}
