import { useQuery } from '@tanstack/react-query';
import { App, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { ActionDialog } from '../../../components/action-dialog';
import { lookupQueries } from '../../../entities/vm/lookup-queries';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';

/** Picks which of the VM's bound EIPs is its default egress; the current one is marked. */
export function DefaultGatewayDialog({ vm, onClose }: { vm: VMInstanceInfo; onClose(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const scope = useScope();
  const eips = useQuery(lookupQueries.eips(scope, vm.VMID));
  const candidates = (eips.data ?? []).filter((e) => e.CanDefaultGW !== 0);
  const current = candidates.find((e) => e.ISDefaultGW === 1)?.EIPID;
  const [chosen, setChosen] = useState<string | undefined>();
  const selected = chosen ?? current;
  const mutation = useActionMutation('UpdateVMDefaultGW');
  return (
    <ActionDialog
      title={t('vms.gateway.title', { name: vm.Name })}
      okText={t('vms.gateway.ok')}
      pending={mutation.isPending}
      error={mutation.error ?? eips.error}
      okDisabled={!selected || selected === current}
      onClose={onClose}
      onSubmit={() =>
        selected &&
        mutation.run({ VMID: vm.VMID, EIPID: selected }, {
          onSuccess: () => {
            message.success(t('vms.done', { action: t('vms.action.setDefaultGateway'), name: vm.Name }));
            onClose();
          },
        })
      }
    >
      {eips.isSuccess && candidates.length === 0 ? (
        <Typography.Text>{t('vms.gateway.none')}</Typography.Text>
      ) : (
        <Radio.Group value={selected} onChange={(e) => setChosen(e.target.value as string)} aria-label={t('vms.gateway.choose')}>
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
    </ActionDialog>
  );
}
