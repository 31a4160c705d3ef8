import { Button, Form, Input, Space } from 'antd';
import type { Control, FieldValues, Path, UseFormSetValue, PathValue } from 'react-hook-form';
import { z } from 'zod';
import { containsAdministratorRun, passwordField } from '../../../../contract/fields';
import { FormItem } from '../../../components/form-item';
import { generatePassword } from '../../../components/generate-password';
import { PasswordChecklist } from '../../../components/password-checklist';
import { useT } from '../../../i18n/i18n-context';

/** Password + confirmation, with the Windows rule when it applies. `optional` lets an empty pair through. */
export function passwordPairSchema(windows: boolean, optional = false) {
  return z
    .object({ Password: z.string(), Confirm: z.string() })
    .superRefine((v, ctx) => {
      if (optional && v.Password === '' && v.Confirm === '') return;
      const result = passwordField.safeParse(v.Password);
      if (!result.success) ctx.addIssue({ code: 'custom', path: ['Password'], message: result.error.issues[0].message });
      else if (windows && containsAdministratorRun(v.Password)) {
        ctx.addIssue({ code: 'custom', path: ['Password'], message: 'validation.password.windows' });
      }
      if (v.Confirm !== v.Password) ctx.addIssue({ code: 'custom', path: ['Confirm'], message: 'validation.password.mismatch' });
    });
}

interface PasswordFieldsProps<T extends FieldValues & { Password: string; Confirm: string }> {
  control: Control<T>;
  setValue: UseFormSetValue<T>;
  password: string;
  windows: boolean;
  label: string;
}

/** The two password inputs, the rules ticking as the user types, and a generator filling both. */
export function PasswordFields<T extends FieldValues & { Password: string; Confirm: string }>(props: PasswordFieldsProps<T>) {
  const { t } = useT();
  const fill = () => {
    const generated = generatePassword() as PathValue<T, Path<T>>;
    props.setValue('Password' as Path<T>, generated, { shouldValidate: true });
    props.setValue('Confirm' as Path<T>, generated, { shouldValidate: true });
  };
  return (
    <>
      <FormItem control={props.control} name={'Password' as Path<T>} label={props.label}>
        {(field) => (
          <Space.Compact style={{ width: '100%' }}>
            <Input.Password
              id={field.id}
              value={field.value as string}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              autoComplete="new-password"
            />
            <Button onClick={fill}>{t('vms.password.generate')}</Button>
          </Space.Compact>
        )}
      </FormItem>
      <Form.Item>
        <PasswordChecklist password={props.password} windows={props.windows} />
      </Form.Item>
      <FormItem control={props.control} name={'Confirm' as Path<T>} label={t('vms.password.confirm')}>
        {(field) => (
          <Input.Password
            id={field.id}
            value={field.value as string}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
            autoComplete="new-password"
          />
        )}
      </FormItem>
    </>
  );
}
