import { Card, Descriptions } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { ChoiceGroup } from './choices';

/** The choices so far, beside the form on every step (only what has been chosen). */
export function SummaryPanel({ groups }: { groups: ChoiceGroup[] }) {
  const { t } = useT();
  const items = groups.flatMap((g) => g.items.filter((i) => i.value !== '' && !i.unset).map((i) => ({ key: `${g.step}-${i.label}`, ...i })));
  return (
    <Card size="small" title={t('createVm.summary')}>
      <Descriptions
        size="small"
        column={1}
        items={items.map((i) => ({ key: i.key, label: i.label, children: i.value }))}
      />
    </Card>
  );
}
