import { useT } from '../../i18n/i18n-context';
import type { DemoAccount } from '../../../contract/gateway-auth';

interface DemoAccountsProps {
  accounts: DemoAccount[];
  /** The account being signed in with, if any. */
  pending: string | undefined;
  disabled: boolean;
  onSignIn(account: DemoAccount['Account']): void;
}

/** One-click sign-in with the simulator's built-in accounts (offered only with the simulator). */
export function DemoAccounts({ accounts, pending, disabled, onSignIn }: DemoAccountsProps) {
  const { t } = useT();
  return (
    <section aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title" className="sign-in__section-title">
        {t('auth.demo.title')}
      </h2>
      <p className="sign-in__muted">{t('auth.demo.note')}</p>
      <div className="sign-in__stack">
        {accounts.map((a) => (
          <button
            key={a.Account}
            type="button"
            className="plain-button plain-button--large plain-button--block plain-button--split"
            disabled={disabled}
            aria-busy={pending === a.Account}
            onClick={() => onSignIn(a.Account)}
          >
            {pending === a.Account && <span className="plain-button__spinner" aria-hidden />}
            {t('auth.demo.signInAs', { label: t(`auth.demo.${a.Account}`) })}
            <span className="plain-button__note">{t(a.Account === 'admin' ? 'auth.demo.role.admin' : 'auth.demo.role.tenant')}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
