import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Spin, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import type { GetVMInstancePriceRequest } from '../../../contract/get-vm-instance-price';
import { authConfigQuery } from '../../api/auth-config-query';
import { useErrorText } from '../../components/api-error-alert';
import { useT } from '../../i18n/i18n-context';
import type { ScopeKey } from '../../entities/tenant/scope';
import { wizardPriceQuery } from './price-query';
import { priceRequest } from './to-request';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { WizardDraft } from './wizard-schema';

const DEBOUNCE_MS = 300;

// A month of hourly billing, as the estimates count it (30 days).
const HOURS_PER_MONTH = 720;
const MONTHS = { Dynamic: 0, Month: 1, Year: 12 } as const;

// Building an Intl formatter costs far more than using one: one per language and currency, kept.
const formats = new Map<string, Intl.NumberFormat>();
function moneyFormat(language: string, currency: string): Intl.NumberFormat {
  const key = `${language} ${currency}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(language, { style: 'currency', currency })));
  return format;
}

/** One VM's cost per hour and per month, from the total the platform priced for the chosen billing. */
function perVm(total: number, chargeType: 'Dynamic' | 'Month' | 'Year', quantity: number, count: number) {
  const each = total / count;
  if (chargeType === 'Dynamic') return { hour: each, month: each * HOURS_PER_MONTH };
  const month = each / (quantity * MONTHS[chargeType]);
  return { hour: month / HOURS_PER_MONTH, month };
}

/**
 * The price of the current choices, asked for once they stop changing. The last figure stays on
 * screen while the next one loads; a refusal to price shows the platform's reason, never blocks.
 */
export function PricePanel({ draft, scope }: { draft: WizardDraft; scope: ScopeKey }) {
  const { t, language } = useT();
  const currency = useQuery(authConfigQuery).data?.Currency ?? 'CNY';
  const money = (n: number) => moneyFormat(language, currency).format(n);
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
  const estimate = total !== undefined && shown ? perVm(total, shown.ChargeType, quantity, count) : undefined;
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
            {estimate && (
              <Flex gap={24} wrap style={{ marginTop: 12 }}>
                <Statistic title={t('createVm.price.perHour')} value={money(estimate.hour)} valueStyle={{ fontSize: 18 }} />
                <Statistic title={t('createVm.price.perMonth')} value={money(estimate.month)} valueStyle={{ fontSize: 18 }} />
              </Flex>
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('createVm.price.covers', { hours: HOURS_PER_MONTH })}
            </Typography.Paragraph>
          </>
        )}
        {request && draft.PublicIp && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('createVm.price.publicIpSeparate')}</Typography.Paragraph>}
        {request && (draft.DataDiskSpace ?? 0) > 0 && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('createVm.price.dataDiskSeparate')}</Typography.Paragraph>}
        {request && price.isError && (
          <Alert type="warning" showIcon title={t('createVm.price.failed')} description={errorText(price.error)} />
        )}
      </div>
    </Card>
  );
}
