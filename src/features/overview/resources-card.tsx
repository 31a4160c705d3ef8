import type { UseQueryResult } from '@tanstack/react-query';
import { Col, Row, Statistic, Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';
import { CappedNote } from './capped-note';
import { resourceTotals, type Total } from './overview-figures';
import type { VmSample } from '../../entities/vm/vm-queries';
import { QueryCard } from './query-card';

function Figure({ label, total, vms, format }: { label: string; total: Total; vms: number; format: (n: number) => string }) {
  const { t } = useT();
  if (vms > 0 && total.reported === 0) {
    return <Statistic title={label} value="—" suffix={<Typography.Text type="secondary">{t('overview.notReported')}</Typography.Text>} />;
  }
  return (
    <>
      <Statistic title={label} value={format(total.sum)} />
      {total.reported < vms && (
        <Typography.Text type="secondary">{t('overview.resources.partial', { reported: total.reported, total: vms })}</Typography.Text>
      )}
    </>
  );
}

/** vCPUs, memory, GPUs and disk of the scope's VMs, whatever their state. */
export function ResourcesCard({ sample }: { sample: UseQueryResult<VmSample> }) {
  const { t, language } = useT();
  const number = (n: number) => n.toLocaleString(language);
  return (
    <QueryCard title={t('overview.resources.title')} query={sample}>
      {(data) => {
        const totals = resourceTotals(data.vms);
        const figures = [
          { key: 'cpu' as const, total: totals.cpu, format: number },
          { key: 'memory' as const, total: totals.memoryMb, format: (n: number) => t('overview.unit.gb', { n: number(Math.round((n / 1024) * 10) / 10) }) },
          { key: 'gpu' as const, total: totals.gpu, format: number },
          { key: 'disk' as const, total: totals.diskGb, format: (n: number) => t('overview.unit.gb', { n: number(n) }) },
        ];
        return (
          <>
            <Typography.Paragraph type="secondary">{t('overview.resources.scope', { count: totals.vms })}</Typography.Paragraph>
            <Row gutter={[16, 16]}>
              {figures.map((f) => (
                <Col key={f.key} xs={12} md={6}>
                  <Figure label={t(`overview.resources.${f.key}`)} total={f.total} vms={totals.vms} format={f.format} />
                </Col>
              ))}
            </Row>
            <CappedNote sample={data} />
          </>
        );
      }}
    </QueryCard>
  );
}
