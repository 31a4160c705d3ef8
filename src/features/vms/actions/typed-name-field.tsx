import { Input } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormItem } from '../../../components/form-item';
import { useT } from '../../../i18n/i18n-context';

/** "Type the VM's name to confirm": for actions that destroy data. */
export function TypedNameField<T extends FieldValues>({ control, name, vmName }: { control: Control<T>; name: Path<T>; vmName: string }) {
  const { t } = useT();
  return (
    <FormItem control={control} name={name} label={t('vms.typeName.label', { name: vmName })}>
      {(field) => (
        <Input
          id={field.id}
          value={field.value as string}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
          autoComplete="off"
          placeholder={vmName}
        />
      )}
    </FormItem>
  );
}
