import { Input, InputNumber, Typography } from 'antd';
import { FormItem } from '../../components/form-item';
import { PasswordBlock } from './password-block';
import { useT } from '../../i18n/i18n-context';
import type { StepProps } from './step-props';
import { instanceNames, MAX_COUNT } from './wizard-schema';

/** Step 5: name, remark, password (rules ticking as you type), approval fields and how many VMs. */
export function StepIdentity({ form, draft, lookups }: StepProps) {
  const { t } = useT();
  const count = draft.Count ?? 1;
  const names = draft.Name ? instanceNames(draft.Name, count) : [];
  const textField = (name: 'Name' | 'ApplicationName', label: string, extra?: string) => (
    <FormItem control={form.control} name={name} label={label} extra={extra} required={name === 'Name'}>
      {({ value, onChange, onBlur, id }) => (
        <Input id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
    </FormItem>
  );
  return (
    <>
      {textField('Name', t('createVm.name'), t('createVm.name.help'))}
      {count > 1 && names.length > 0 && (
        <Typography.Paragraph type="secondary" aria-label={t('createVm.names.preview')}>
          {t('createVm.names.preview')}: {names.length > 4 ? `${names.slice(0, 3).join(', ')} … ${names[names.length - 1]}` : names.join(', ')}
        </Typography.Paragraph>
      )}
      <FormItem control={form.control} name="Remark" label={t('createVm.remark')}>
        {({ value, onChange, onBlur, id }) => (
          <Input.TextArea id={id} rows={2} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        )}
      </FormItem>
      <PasswordBlock form={form} draft={draft} lookups={lookups} />
      {textField('ApplicationName', t('createVm.applicationName'), t('createVm.application.help'))}
      <FormItem control={form.control} name="ApplicationReason" label={t('createVm.applicationReason')}>
        {({ value, onChange, onBlur, id }) => (
          <Input.TextArea id={id} rows={2} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        )}
      </FormItem>
      <FormItem control={form.control} name="Count" label={t('createVm.count')} extra={t('createVm.count.help', { max: MAX_COUNT })} required>
        {({ value, onChange, onBlur, id }) => (
          <InputNumber id={id} value={value as number | undefined} onChange={(v) => onChange(v ?? undefined)} onBlur={onBlur} precision={0} />
        )}
      </FormItem>
    </>
  );
}
