import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { FormItem } from '../../components/form-item';
import { generatePassword } from '../../components/generate-password';
import { GeneratedPasswordNotice } from '../../components/generated-password-notice';
import { PasswordChecklist } from '../../components/password-checklist';
import { useT } from '../../i18n/i18n-context';
import { rememberGenerated } from './generated-password';
import type { StepProps } from './step-props';
import { isWindowsImage } from './use-lookups';

/** The password, its rules ticking as the user types, a generator (its result shown once in clear), and the confirmation. */
export function PasswordBlock({ form, draft, lookups }: StepProps) {
  const { t } = useT();
  const windows = isWindowsImage(lookups.image);
  const [generated, setGenerated] = useState<string | null>(null);
  const password = (name: 'Password' | 'ConfirmPassword', label: string) => (
    <FormItem control={form.control} name={name} label={label} required>
      {({ value, onChange, onBlur, id }) => (
        <Input.Password id={id} autoComplete="new-password" value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
    </FormItem>
  );
  const generate = () => {
    const p = generatePassword();
    setGenerated(p);
    rememberGenerated(p);
    form.setValue('Password', p, { shouldDirty: true, shouldValidate: true });
    form.setValue('ConfirmPassword', p, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <>
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
    </>
  );
}
