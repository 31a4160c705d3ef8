import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { App, Form, Radio, Space, Tag, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { UpdateVMDefaultGW } from '../../../../contract/update-vm-default-gw';
import { ActionDialog } from '../../../components/action-dialog';
import { FormItem } from '../../../components/form-item';
import { useScope } from '../../../entities/tenant/scope';
import { lookupQueries } from '../../../entities/vm/lookup-queries';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';
import { useT } from '../../../i18n/i18n-context';

// The contract's own rule for the field: the dialog adds nothing to it.
const schema = UpdateVMDefaultGW.request.pick({ EIPID: true });

/** Picks which of the VM's bound EIPs is its default egress; the current one is marked. */
export function DefaultGatewayDialog({ vm, onClose }: { vm: VMInstanceInfo; onClose(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const scope = useScope();
  const eips = useQuery(lookupQueries.eips(scope, vm.VMID));
  const candidates = (eips.data ?? []).filter((e) => e.CanDefaultGW !== 0);
  const current = candidates.find((e) => e.ISDefaultGW === 1)?.EIPID;
  // `values` follows the current gateway once the EIPs arrive, until the user picks another.
  const form = useForm({ resolver: zodResolver(schema), values: { EIPID: current ?? '' }, resetOptions: { keepDirtyValues: true } });
  const selected = useWatch({ control: form.control, name: 'EIPID' });
  const mutation = useActionMutation('UpdateVMDefaultGW');
  const submit = form.handleSubmit((values) =>
    mutation.run({ VMID: vm.VMID, EIPID: values.EIPID }, {
      onSuccess: () => {
        message.success(t('vms.done', { action: t('vms.action.setDefaultGateway'), name: vm.Name }));
        onClose();
      },
    }),
  );
  return (
    <ActionDialog
      title={t('vms.gateway.title', { name: vm.Name })}
      okText={t('vms.gateway.ok')}
      pending={mutation.isPending}
      error={mutation.error ?? eips.error}
      okDisabled={!selected || selected === current}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {eips.isSuccess && candidates.length === 0 ? (
        <Typography.Text>{t('vms.gateway.none')}</Typography.Text>
      ) : (
        <Form layout="vertical" component={false}>
          <FormItem control={form.control} name="EIPID">
            {({ value, onChange, id }) => (
              <Radio.Group id={id} value={value || undefined} onChange={(e) => onChange(e.target.value)} aria-label={t('vms.gateway.choose')}>
                <Space direction="vertical">
                  {candidates.map((e) => (
                    <Radio key={e.EIPID} value={e.EIPID}>
                      {e.IP} ({e.IPVersion}, {e.OperatorName}, {e.EIPID})
                      {e.EIPID === current ? <Tag color="blue" style={{ marginLeft: 8 }}>{t('vms.gateway.current')}</Tag> : null}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            )}
          </FormItem>
        </Form>
      )}
    </ActionDialog>
  );
}
