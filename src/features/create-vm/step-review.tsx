import { Button, Card, Descriptions, Space } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { ChoiceGroup } from './choices';

/** Step 6: every choice on one page, each group with a way back to its step. */
export function StepReview({ groups, onEdit }: { groups: ChoiceGroup[]; onEdit(step: number): void }) {
  const { t } = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {groups.map((g) => (
        <Card
          key={g.step}
          size="small"
          title={g.title}
          extra={
            <Button type="link" onClick={() => onEdit(g.step)} aria-label={t('createVm.review.edit', { step: g.title })}>
              {t('createVm.review.editShort')}
            </Button>
          }
        >
          <Descriptions
            size="small"
            column={1}
            items={g.items.map((i) => ({ key: i.label, label: i.label, children: i.value || '—' }))}
          />
        </Card>
      ))}
    </Space>
  );
}
