import { AutoComplete, Input, InputNumber, Radio } from 'antd';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import type { WizardForm } from './step-props';

/** The public IP bought with the VM: line (operator / segment), bandwidth, IP version, an optional fixed address. */
export function PublicIpFields({ form, operators }: { form: WizardForm; operators: string[] }) {
  const { t } = useT();
  return (
    <>
      <FormItem control={form.control} name="OperatorName" label={t('createVm.operator')} extra={t('createVm.operator.help')}>
        {({ value, onChange, onBlur, id }) => (
          <AutoComplete
            id={id}
            value={(value as string | undefined) ?? ''}
            onChange={(v: string) => onChange(v)}
            onBlur={onBlur}
            options={operators.map((o) => ({ value: o }))}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="Bandwidth" label={t('createVm.bandwidth')} extra={t('createVm.bandwidth.help')} required>
        {({ value, onChange, onBlur, id }) => (
          <InputNumber id={id} value={value as number | undefined} onChange={(v) => onChange(v ?? undefined)} onBlur={onBlur} precision={0} suffix="Mbps" />
        )}
      </FormItem>
      <FormItem control={form.control} name="IPVersion" label={t('createVm.ipVersion')}>
        {({ value, onChange, id }) => (
          <Radio.Group
            id={id}
            aria-label={t('createVm.ipVersion')}
            optionType="button"
            value={value ?? 'IPv4'}
            onChange={(e) => onChange(e.target.value)}
            options={[
              { value: 'IPv4', label: 'IPv4' },
              { value: 'IPv6', label: 'IPv6' },
            ]}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="InternetIP" label={t('createVm.internetIp')} extra={t('createVm.internetIp.help')}>
        {({ value, onChange, onBlur, id }) => (
          <Input id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value.trim())} onBlur={onBlur} />
        )}
      </FormItem>
    </>
  );
}
