import { Form, Input, InputNumber, Radio, Typography } from 'antd';
import { QUANTITY_RANGE } from '../../../contract/fields';
import { FormItem } from '../../components/form-item';
import { useMe } from '../../components/session-context';
import { useScope } from '../../entities/tenant/scope';
import { useT } from '../../i18n/i18n-context';
import type { StepProps } from './step-props';
import { TenantField } from './tenant-field';

export const CHARGE_TYPES = ['Dynamic', 'Month', 'Year'] as const;

/** Step 1: where (region, tenant for an admin) and how it is paid for. */
export function StepBilling({ form, draft }: StepProps) {
  const { t } = useT();
  const me = useMe();
  const { region } = useScope();
  const range = draft.ChargeType ? QUANTITY_RANGE[draft.ChargeType] : null;
  return (
    <>
      <Form.Item label={t('createVm.region')}>
        <Typography.Text>{region}</Typography.Text>{' '}
        <Typography.Text type="secondary">{t('createVm.region.help')}</Typography.Text>
      </Form.Item>
      {me.IsAdmin && <TenantField form={form} />}
      <FormItem control={form.control} name="ChargeType" label={t('createVm.chargeType')} required>
        {({ value, onChange, id }) => (
          <Radio.Group
            id={id}
            role="radiogroup"
            aria-label={t('createVm.chargeType')}
            optionType="button"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            options={CHARGE_TYPES.map((c) => ({ value: c, label: t(`vms.chargeType.${c}`) }))}
          />
        )}
      </FormItem>
      {range && (
        <FormItem
          control={form.control}
          name="Quantity"
          label={t(draft.ChargeType === 'Year' ? 'createVm.quantity.years' : 'createVm.quantity.months')}
          extra={t('createVm.quantity.range', { min: range[0], max: range[1] })}
          required
        >
          {({ value, onChange, onBlur, id }) => (
            <InputNumber id={id} value={value as number | undefined} onChange={(v) => onChange(v ?? undefined)} onBlur={onBlur} precision={0} />
          )}
        </FormItem>
      )}
      <FormItem control={form.control} name="ProjectID" label={t('createVm.project')} extra={t('createVm.project.help')}>
        {({ value, onChange, onBlur, id }) => (
          <Input id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        )}
      </FormItem>
    </>
  );
}
