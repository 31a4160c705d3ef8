import { zodResolver } from '@hookform/resolvers/zod';
import { App, Checkbox, Form, Table } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT, type Translate } from '../../../i18n/i18n-context';
import { ActionDialog } from '../../../components/action-dialog';
import { publicIps } from '../../../entities/vm/vm-actions';
import { TypedNameField } from './typed-name-field';
import { useActionMutation } from '../../../entities/vm/use-action-mutation';

interface Bound {
  key: string;
  kind: string;
  name: string;
  /** The boot disk always goes with the VM; the rest depend on DelBindResource. */
  always?: boolean;
}

function boundResources(vm: VMInstanceInfo, t: Translate): Bound[] {
  const disks = (vm.DiskInfos ?? []).map((d) => ({
    key: d.DiskID ?? d.Name ?? '',
    kind: t(d.Type === 'Boot' ? 'vms.delete.bootDisk' : 'vms.delete.dataDisk'),
    name: `${d.Name ?? d.DiskID} (${d.Size ?? '?'} GB)`,
    always: d.Type === 'Boot',
  }));
  const eips = publicIps(vm).map((ip) => ({ key: ip.IPID ?? ip.IP ?? '', kind: t('vms.delete.eip'), name: `${ip.IP} (${ip.IPID})` }));
  return [...disks, ...eips];
}

/** Moves the VM to the recycle bin, saying what becomes of each bound resource either way. */
export function DeleteDialog({ vm, onClose, onDeleted }: { vm: VMInstanceInfo; onClose(): void; onDeleted?(): void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const form = useForm({
    resolver: zodResolver(
      z.object({ DelBindResource: z.boolean(), TypedName: z.string() }).refine((v) => v.TypedName === vm.Name, {
        path: ['TypedName'],
        message: 'vms.typeName.mismatch',
      }),
    ),
    defaultValues: { DelBindResource: false, TypedName: '' },
    mode: 'onChange',
  });
  const delBound = useWatch({ control: form.control, name: 'DelBindResource' });
  const mutation = useActionMutation('DeleteVMInstance');
  const submit = form.handleSubmit((v) =>
    mutation.run({ VMID: vm.VMID, DelBindResource: v.DelBindResource ? 1 : 0 }, {
      onSuccess: () => {
        message.success(t('vms.done', { action: t('vms.action.delete'), name: vm.Name }));
        onClose();
        onDeleted?.();
      },
    }),
  );
  const fate = (b: Bound) => t(b.always || delBound ? 'vms.delete.fate.deleted' : 'vms.delete.fate.kept');
  return (
    <ActionDialog
      title={t('vms.delete.title', { name: vm.Name })}
      okText={t('vms.action.delete')}
      danger
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      width={600}
    >
      <Table<Bound>
        size="small"
        pagination={false}
        rowKey="key"
        aria-label={t('vms.delete.bound')}
        dataSource={boundResources(vm, t)}
        columns={[
          { key: 'kind', title: t('vms.delete.kind'), dataIndex: 'kind' },
          { key: 'name', title: t('vms.delete.resource'), dataIndex: 'name' },
          { key: 'fate', title: t('vms.delete.fate'), render: (_, b) => fate(b) },
        ]}
      />
      <Checkbox checked={delBound} onChange={(e) => form.setValue('DelBindResource', e.target.checked)}>
        {t('vms.delete.delBound')}
      </Checkbox>
      <Form layout="vertical" component={false}>
        <TypedNameField control={form.control} name="TypedName" vmName={vm.Name} />
      </Form>
    </ActionDialog>
  );
}
