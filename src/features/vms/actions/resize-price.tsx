import { useQuery } from '@tanstack/react-query';
import { Descriptions, Skeleton, Typography } from 'antd';
import { chargeTypeField } from '../../../../contract/fields';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useErrorText } from '../../../components/api-error-alert';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { lookupQueries } from '../../../entities/vm/lookup-queries';
import { chargeTypeOf } from '../../../entities/vm/format';

type Spec = { CPU: number; Memory: number };

/** GetVMInstancePrice parameters for this VM at a given size, or null when the VM lacks what pricing needs. */
function priceParams(vm: VMInstanceInfo, spec: Spec | undefined) {
  const boot = vm.DiskInfos?.find((d) => d.Type === 'Boot');
  const charge = chargeTypeField.safeParse(vm.ChargeType);
  if (!spec || !boot?.StorageSetType || !boot.Size || !vm.VMType || !vm.ImageID || !charge.success) return null;
  return {
    VMType: vm.VMType,
    ImageID: vm.ImageID,
    CPU: spec.CPU,
    Memory: spec.Memory,
    GPU: vm.GPU ? (vm.GPU as 1 | 2 | 4) : undefined,
    BootDiskSetType: boot.StorageSetType,
    BootDiskSpace: boot.Size,
    ChargeType: charge.data,
    Quantity: charge.data === 'Dynamic' ? undefined : 1,
  };
}

/** The price per billing period before and after, and the difference. */
export function ResizePrice({ vm, next }: { vm: VMInstanceInfo; next: Spec | undefined }) {
  const { t } = useT();
  const errorText = useErrorText();
  const scope = useScope();
  const current = { CPU: vm.CPU ?? 0, Memory: vm.Memory ?? 0 };
  const before = useQuery(lookupQueries.price(scope, priceParams(vm, current)));
  const after = useQuery(lookupQueries.price(scope, priceParams(vm, next)));
  const period = t(`vms.price.per.${chargeTypeOf(vm)}`);
  const money = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n.toFixed(2)} ${period}`);
  const cell = (q: typeof before) =>
    q.isFetching && q.data === undefined ? <Skeleton.Button active size="small" /> : q.error ? errorText(q.error) : money(q.data);
  const diff = before.data != null && after.data != null ? after.data - before.data : undefined;
  return (
    <Descriptions size="small" column={1} bordered title={t('vms.resize.price')}>
      <Descriptions.Item label={t('vms.resize.before')}>{cell(before)}</Descriptions.Item>
      <Descriptions.Item label={t('vms.resize.after')}>{next ? cell(after) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('vms.resize.difference')}>
        {diff === undefined ? '—' : (
          <Typography.Text strong>{`${diff > 0 ? '+' : ''}${diff.toFixed(2)} ${period}`}</Typography.Text>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
