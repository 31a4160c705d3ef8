import { Form } from 'antd';
import type { ReactElement } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useT } from '../i18n/i18n-context';

interface FormItemProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label?: string;
  extra?: string;
  required?: boolean;
  /** Receives the field's value and onChange; render an antd input with them. */
  children: (field: { value: unknown; onChange: (value: unknown) => void; onBlur: () => void; id: string }) => ReactElement;
}

/**
 * Bridges react-hook-form to antd's Form.Item: zod (through the resolver) decides what is wrong,
 * antd only shows it. Our rules' zod messages are message keys, worded here in the user's language; a
 * library's own message (there should be none) shows as it is.
 */
export function FormItem<T extends FieldValues>({ control, name, label, extra, required, children }: FormItemProps<T>) {
  const { text } = useT();
  const { field, fieldState } = useController({ control, name });
  const id = `field-${name.replace(/\W/g, '-')}`;
  const error = fieldState.error?.message;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      extra={extra}
      validateStatus={error ? 'error' : undefined}
      help={error ? text(error) : undefined}
    >
      {children({ value: field.value, onChange: field.onChange, onBlur: field.onBlur, id })}
    </Form.Item>
  );
}
