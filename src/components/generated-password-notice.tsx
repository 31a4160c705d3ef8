import { Alert } from 'antd';
import { useT } from '../i18n/i18n-context';
import { CopyText } from './copy-text';

/** A password the console generated, in clear with a copy button, and why it will not be shown again. */
export function GeneratedPasswordNotice({ password }: { password: string }) {
  const { t } = useT();
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={t('password.generated.title')}
      description={
        <>
          <code className="generated-password"><CopyText text={password} /></code>
          <div>{t('password.generated.once')}</div>
        </>
      }
    />
  );
}
