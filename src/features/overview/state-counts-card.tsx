import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useErrorText } from '../../components/api-error-alert';
import { useT } from '../../i18n/i18n-context';
import { countByState } from './overview-figures';
import type { VmSample } from '../../entities/vm/vm-queries';
import { listLink, STATE_GROUPS, type StateGroup } from '../../entities/vm/state-groups';

interface Props {
  counts: readonly UseQueryResult<number | null>[];
  sample: UseQueryResult<VmSample>;
}

function StateCount({ group, count, sample }: { group: StateGroup; count: UseQueryResult<number | null>; sample: UseQueryResult<VmSample> }) {
  const { t } = useT();
  const errorText = useErrorText();
  const label = t(`overview.state.${group.key}`);
  if (count.data === undefined) {
    if (!count.error) return <Skeleton active title paragraph={false} />;
    return <Statistic title={label} value="—" suffix={<Typography.Text type="danger">{errorText(count.error)}</Typography.Text>} />;
  }
  // The platform ignored the States filter: count the VMs read instead, saying so when that is only a part.
  const fallback = count.data === null;
  if (fallback && !sample.data) return <Skeleton active title paragraph={false} />;
  const value = count.data ?? countByState(sample.data?.vms ?? [], group.states);
  const partial = fallback && sample.data?.capped;
  return (
    <Link to={listLink(group.states)} aria-label={t('overview.state.link', { state: label, count: value })}>
      <Statistic title={label} value={value} prefix={partial ? '≥' : undefined} />
      <span aria-hidden>{t('overview.state.view')}</span>
      {fallback && <Typography.Paragraph type="secondary">{t('overview.state.counted')}</Typography.Paragraph>}
    </Link>
  );
}

/** VMs by state, each figure a link to the list filtered to it. */
export function StateCountsCard({ counts, sample }: Props) {
  const { t } = useT();
  return (
    <Card title={t('overview.states.title')}>
      <Row gutter={[16, 16]}>
        {STATE_GROUPS.map((group, i) => (
          <Col key={group.key} xs={12} md={6}>
            <StateCount group={group} count={counts[i]} sample={sample} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
