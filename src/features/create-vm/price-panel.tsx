import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import type { GetVMInstancePriceRequest } from '../../../contract/get-vm-instance-price';
import { useErrorText } from '../../components/api-error-alert';
import { useT } from '../../i18n/i18n-context';
import type { ScopeKey } from '../../entities/tenant/scope';
import { wizardPriceQuery } from './price-query';
import { priceRequest } from './to-request';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { WizardDraft } from './wizard-schema';

const DEBOUNCE_MS = 300;

function money(n: number): string {
  return n.toFixed(2);
}

/**
 * The price of the current choices, asked for once they stop changing. The last figure stays on
 * screen while the next one loads; a refusal to price shows the platform's reason, never blocks.
 */
export function PricePanel({ draft, scope }: { draft: WizardDraft; scope: ScopeKey }) {
  const { t } = useT();
  const errorText = useErrorText();
  const request = priceRequest(draft, scope);
  // Compared as text: a new object on every render must not restart the debounce.
  const settled = useDebouncedValue(request ? JSON.stringify(request) : null, DEBOUNCE_MS);
  const params = useMemo(() => (settled ? (JSON.parse(settled) as GetVMInstancePriceRequest) : null), [settled]);
  const price = useQuery(wizardPriceQuery(params));

  const priced = request ? price.data : undefined;
  const total = priced?.reply.Infos[0]?.Price;
  const shown = priced?.request;
  const quantity = shown && shown.ChargeType !== 'Dynamic' ? (shown.Quantity ?? 1) : 1;
  const count = shown?.Count ?? 1;
  const unit = shown ? t(`createVm.price.per.${shown.ChargeType}`) : '';
  return (
    <Card size="small" title={t('createVm.price.title')} extra={price.isFetching ? <span role="status" aria-label={t('common.loading')}><Spin size="small" /></span> : null}>
      <div role="status" aria-live="polite" aria-label={t('createVm.price.title')}>
        {!request && <Typography.Text type="secondary">{t('createVm.price.incomplete')}</Typography.Text>}
        {request && !priced && !price.isError && <Typography.Text type="secondary">{t('createVm.price.calculating')}</Typography.Text>}
        {total !== undefined && shown && !price.isError && (
          <>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {money(total)}
            </Typography.Title>
            <Typography.Text type="secondary">
              {shown.ChargeType === 'Dynamic'
                ? t('createVm.price.hourly', { count })
                : t('createVm.price.total', { perPeriod: money(total / quantity), unit, quantity, count })}
            </Typography.Text>
          </>
        )}
        {request && price.isError && (
          <Alert type="warning" showIcon title={t('createVm.price.failed')} description={errorText(price.error)} />
        )}
      </div>
    </Card>
  );
}
