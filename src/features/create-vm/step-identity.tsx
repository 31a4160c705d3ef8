import { Button, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { FormItem } from '../../components/form-item';
import { GeneratedPasswordNotice } from '../../components/generated-password-notice';
import { rememberGenerated } from './generated-password';
import { generatePassword } from '../../components/generate-password';
import { PasswordChecklist } from '../../components/password-checklist';
import { useT } from '../../i18n/i18n-context';
import type { StepProps } from './step-props';
import { isWindowsImage } from './use-lookups';
import { instanceNames, MAX_COUNT } from './wizard-schema';

/** Step 5: name, remark, password (rules ticking as you type), approval fields and how many VMs. */
export function StepIdentity({ form, draft, lookups }: StepProps) {
  const { t } = useT();
  const windows = isWindowsImage(lookups.image);
  const count = draft.Count ?? 1;
  const names = draft.Name ? instanceNames(draft.Name, count) : [];
  const textField = (name: 'Name' | 'ApplicationName', label: string, extra?: string) => (
    <FormItem control={form.control} name={name} label={label} extra={extra} required={name === 'Name'}>
      {({ value, onChange, onBlur, id }) => (
        <Input id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
    </FormItem>
  );
  const password = (name: 'Password' | 'ConfirmPassword', label: string) => (
    <FormItem control={form.control} name={name} label={label} required>
      {({ value, onChange, onBlur, id }) => (
        <Input.Password id={id} autoComplete="new-password" value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
    </FormItem>
  );
  const [generated, setGenerated] = useState<string | null>(null);
  const generate = () => {
    const p = generatePassword();
    setGenerated(p);
    rememberGenerated(p);
    form.setValue('Password', p, { shouldDirty: true, shouldValidate: true });
    form.setValue('ConfirmPassword', p, { shouldDirty: true, shouldValidate: true });
  };
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
      {password('Password', t('createVm.password'))}
      <Space orientation="vertical" style={{ marginBottom: 16 }}>
        <PasswordChecklist password={draft.Password ?? ''} windows={windows} />
        <Button onClick={generate}>{t('createVm.password.generate')}</Button>
      </Space>
      {generated && draft.Password === generated && (
        <div style={{ marginBottom: 16 }}>
          <GeneratedPasswordNotice password={generated} />
        </div>
      )}
      {password('ConfirmPassword', t('createVm.password.confirm'))}
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
