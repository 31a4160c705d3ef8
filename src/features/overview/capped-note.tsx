import { Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { VmSample } from '../../entities/vm/vm-queries';

/** Says when a figure was computed from only the first VMs the overview reads. */
export function CappedNote({ sample }: { sample: VmSample }) {
  const { t } = useT();
  if (!sample.capped) return null;
  return (
    <Typography.Paragraph type="warning" style={{ marginTop: 12, marginBottom: 0 }}>
      {t('overview.capped', { read: sample.vms.length, total: sample.total })}
    </Typography.Paragraph>
  );
}
