import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Select, Tag } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { FormItem } from '../../../components/form-item';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { ActionDialog } from '../../../components/action-dialog';
import { lookupQueries } from '../../../entities/vm/lookup-queries';
import { PasswordFields, passwordPairSchema } from './password-fields';
import { TypedNameField } from './typed-name-field';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';

function schema(vmName: string, windowsImage: (id: string) => boolean) {
  return z
    .object({ ImageID: z.string().min(1, 'validation.required'), Password: z.string(), Confirm: z.string(), TypedName: z.string() })
    .superRefine((v, ctx) => {
      const pair = passwordPairSchema(windowsImage(v.ImageID), true).safeParse(v);
      if (!pair.success) for (const issue of pair.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      if (v.TypedName !== vmName) ctx.addIssue({ code: 'custom', path: ['TypedName'], message: 'vms.typeName.mismatch' });
    });
}

/** Wipes the system disk with an image (the current one preselected), optionally with a new password. */
export function ReinstallDialog({ vm, onClose }: { vm: VMInstanceInfo; onClose(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const scope = useScope();
  const images = useQuery(lookupQueries.images(scope));
  const isWindows = (id: string) => images.data?.find((i) => i.ImageID === id)?.OSType === 'Windows';
  const form = useForm({
    resolver: zodResolver(schema(vm.Name, isWindows)),
    defaultValues: { ImageID: vm.ImageID ?? '', Password: '', Confirm: '', TypedName: '' },
    mode: 'onChange',
  });
  const mutation = useActionMutation('ReinstallVMInstance');
  const [imageId, password] = useWatch({ control: form.control, name: ['ImageID', 'Password'] });
  const submit = form.handleSubmit((v) =>
    mutation.run({ VMID: vm.VMID, ImageID: v.ImageID, Password: v.Password || undefined }, {
      onSuccess: () => {
        message.success(t('vms.done', { action: t('vms.action.reinstall'), name: vm.Name }));
        onClose();
      },
    }),
  );
  return (
    <ActionDialog
      title={t('vms.reinstall.title', { name: vm.Name })}
      okText={t('vms.action.reinstall')}
      danger
      pending={mutation.isPending}
      error={mutation.error ?? images.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      width={560}
    >
      <Alert type="warning" showIcon title={t('vms.reinstall.wipe')} />
      <Form layout="vertical" component={false}>
        <FormItem control={form.control} name="ImageID" label={t('vms.reinstall.image')}>
          {(field) => (
            <Select
              id={field.id}
              value={field.value as string}
              onChange={field.onChange}
              loading={images.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(images.data ?? []).map((i) => ({
                value: i.ImageID,
                label: `${i.Name} (${i.ImageID})`,
                os: i.OSType,
              }))}
              optionRender={(o) => (
                <span>
                  {o.label} <Tag>{o.data.os}</Tag>
                  {o.value === vm.ImageID ? <Tag color="blue">{t('vms.reinstall.current')}</Tag> : null}
                </span>
              )}
            />
          )}
        </FormItem>
        <PasswordFields
          control={form.control}
          setValue={form.setValue}
          password={password}
          windows={isWindows(imageId)}
          label={t('vms.reinstall.password')}
        />
        <TypedNameField control={form.control} name="TypedName" vmName={vm.Name} />
      </Form>
    </ActionDialog>
  );
}
