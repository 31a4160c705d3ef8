import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../i18n/i18n-context';
import { SignInBodySchema, type SignInBody } from '../../../contract/gateway-auth';
import { PlainField } from './plain-field';

interface KeyPairFormProps {
  pending: boolean;
  onSubmit(values: SignInBody): void;
}

/**
 * PublicKey and PrivateKey; the private key is a password field the browser is asked not to keep. Plain
 * elements (the sign-in page loads no antd); zod, through the resolver, decides what is wrong.
 */
export function KeyPairForm({ pending, onSubmit }: KeyPairFormProps) {
  const { t, text } = useT();
  const [showPrivate, setShowPrivate] = useState(false);
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(SignInBodySchema),
    defaultValues: { PublicKey: '', PrivateKey: '' },
  });
  const error = (name: keyof SignInBody) => {
    const message = formState.errors[name]?.message;
    return message ? text(message) : undefined;
  };
  return (
    <form className="plain-form" onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate aria-label={t('auth.title')}>
      <PlainField id="field-PublicKey" label={t('auth.publicKey')} error={error('PublicKey')}>
        {(aria) => <input {...aria} {...register('PublicKey')} className="plain-input" autoComplete="off" spellCheck={false} />}
      </PlainField>
      <PlainField id="field-PrivateKey" label={t('auth.privateKey')} error={error('PrivateKey')} extra={t('auth.keysNote')}>
        {(aria) => (
          <span className="plain-input plain-input--with-button">
            <input {...aria} {...register('PrivateKey')} type={showPrivate ? 'text' : 'password'} autoComplete="off" spellCheck={false} />
            <button
              type="button"
              className="plain-input__button"
              onClick={() => setShowPrivate((shown) => !shown)}
            >
              {showPrivate ? t('auth.privateKey.hideShort') : t('auth.privateKey.showShort')}
            </button>
          </span>
        )}
      </PlainField>
      <button type="submit" className="plain-button plain-button--large plain-button--primary plain-button--block" disabled={pending} aria-busy={pending}>
        {pending && <span className="plain-button__spinner" aria-hidden />}
        {t('auth.submit')}
      </button>
    </form>
  );
}
