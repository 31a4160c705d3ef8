import { KeyOutlined, LockOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input } from 'antd';
import { useForm } from 'react-hook-form';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import { SignInBodySchema, type SignInBody } from '../../../contract/gateway-auth';

interface KeyPairFormProps {
  pending: boolean;
  onSubmit(values: SignInBody): void;
}

/** PublicKey and PrivateKey; the private key is a password field the browser is asked not to keep. */
export function KeyPairForm({ pending, onSubmit }: KeyPairFormProps) {
  const { t } = useT();
  const { control, handleSubmit } = useForm({
    resolver: zodResolver(SignInBodySchema),
    defaultValues: { PublicKey: '', PrivateKey: '' },
  });
  return (
    <form onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate aria-label={t('auth.title')}>
      <Form layout="vertical" component={false} requiredMark={false}>
        <FormItem control={control} name="PublicKey" label={t('auth.publicKey')} required>
          {(field) => (
            <Input
              id={field.id}
              value={String(field.value ?? '')}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              prefix={<KeyOutlined aria-hidden />}
              autoComplete="off"
              spellCheck={false}
              size="large"
            />
          )}
        </FormItem>
        <FormItem control={control} name="PrivateKey" label={t('auth.privateKey')} extra={t('auth.keysNote')} required>
          {(field) => (
            <Input.Password
              id={field.id}
              value={String(field.value ?? '')}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              prefix={<LockOutlined aria-hidden />}
              autoComplete="off"
              spellCheck={false}
              size="large"
            />
          )}
        </FormItem>
        <Button type="primary" htmlType="submit" size="large" block loading={pending}>
          {t('auth.submit')}
        </Button>
      </Form>
    </form>
  );
}
