import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { App, Descriptions, Form, Input, Select } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ResizeVMConfig } from '../../../../contract/resize-vm-config';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { FormItem } from '../../../components/form-item';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { ActionDialog } from '../../../components/action-dialog';
import { specText } from '../../../entities/vm/format';
import { lookupQueries } from '../../../entities/vm/lookup-queries';
import { ResizePrice } from './resize-price';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';

const FormSchema = z.object({
  Spec: z.string().min(1, 'vms.resize.chooseSpec'),
  ApplicationName: ResizeVMConfig.request.shape.ApplicationName,
  ApplicationReason: ResizeVMConfig.request.shape.ApplicationReason,
});
const specKey = (s: { CPU: number; Memory: number }) => `${s.CPU}:${s.Memory}`;

/** New CPU / memory from the specs the VM type offers at the same GPU count; applies at the next start. */
export function ResizeDialog({ vm, onClose, onResized }: { vm: VMInstanceInfo; onClose(): void; onResized?(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const scope = useScope();
  const types = useQuery(lookupQueries.vmTypes(scope));
  const specs = (types.data?.find((x) => x.VMType === vm.VMType)?.Specs ?? []).filter((s) => (s.GPU ?? 0) === (vm.GPU ?? 0));
  const form = useForm({
    resolver: zodResolver(FormSchema),
    defaultValues: { Spec: '', ApplicationName: '', ApplicationReason: '' },
    mode: 'onChange',
  });
  const spec = useWatch({ control: form.control, name: 'Spec' });
  const chosen = specs.find((s) => specKey(s) === spec);
  const mutation = useActionMutation('ResizeVMConfig');
  const submit = form.handleSubmit((v) => {
    const spec = specs.find((s) => specKey(s) === v.Spec);
    if (!spec) return;
    mutation.run(
      { VMID: vm.VMID, CPU: spec.CPU, Memory: spec.Memory, ApplicationName: v.ApplicationName || undefined, ApplicationReason: v.ApplicationReason || undefined },
      {
        onSuccess: () => {
          message.success(t('vms.resize.done', { name: vm.Name }));
          onClose();
          onResized?.();
        },
      },
    );
  });
  const text = (field: 'ApplicationName' | 'ApplicationReason', label: string) => (
    <FormItem control={form.control} name={field} label={label}>
      {(f) => <Input id={f.id} value={f.value as string} onChange={(e) => f.onChange(e.target.value)} onBlur={f.onBlur} />}
    </FormItem>
  );
  return (
    <ActionDialog
      title={t('vms.resize.title', { name: vm.Name })}
      okText={t('vms.action.resize')}
      pending={mutation.isPending}
      error={mutation.error ?? types.error}
      okDisabled={!chosen || specKey(chosen) === specKey({ CPU: vm.CPU ?? 0, Memory: vm.Memory ?? 0 })}
      onSubmit={() => void submit()}
      onClose={onClose}
      width={640}
    >
      <Form layout="vertical" component={false}>
        <FormItem control={form.control} name="Spec" label={t('vms.resize.spec')}>
          {(f) => (
            <Select
              id={f.id}
              value={(f.value as string) || undefined}
              onChange={f.onChange}
              loading={types.isPending}
              options={specs.map((s) => ({
                value: specKey(s),
                label: `${specText(s, t)}${s.CPU === vm.CPU && s.Memory === vm.Memory ? ` (${t('vms.resize.current')})` : ''}`,
              }))}
            />
          )}
        </FormItem>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('vms.resize.current')}>{specText(vm, t)}</Descriptions.Item>
          <Descriptions.Item label={t('vms.resize.new')}>{chosen ? specText({ ...chosen, GPU: vm.GPU }, t) : '—'}</Descriptions.Item>
        </Descriptions>
        <p>{t('vms.resize.gpuUnchanged')}</p>
        <ResizePrice vm={vm} next={chosen} />
        {text('ApplicationName', t('vms.resize.applicationName'))}
        {text('ApplicationReason', t('vms.resize.applicationReason'))}
      </Form>
    </ActionDialog>
  );
}
