import { Button, Space } from 'antd';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useT } from '../../i18n/i18n-context';
import type { ScopeKey } from '../../entities/tenant/scope';
import { CopyRequestButton } from './copy-request-button';
import { CreateResults } from './create-results';
import type { CreateResult } from './use-create-vms';
import type { WizardDraft } from './wizard-schema';

interface WizardNavProps {
  step: number;
  last: number;
  draft: WizardDraft;
  scope: ScopeKey;
  pending: boolean;
  error: unknown;
  results: CreateResult[] | null;
  onPrevious(): void;
  onNext(): void;
  onSubmit(): void;
}

/** Previous / next, and on the review step the create button with what the platform answered. */
export function WizardNav({ step, last, draft, scope, pending, error, results, onPrevious, onNext, onSubmit }: WizardNavProps) {
  const { t } = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {step === last && error ? <ApiErrorAlert error={error} /> : null}
      {step === last && results ? <CreateResults results={results} /> : null}
      <Space wrap>
        {step > 0 && <Button onClick={onPrevious}>{t('common.previous')}</Button>}
        {step < last ? (
          <Button type="primary" onClick={onNext}>
            {t('common.next')}
          </Button>
        ) : (
          <Button type="primary" onClick={onSubmit} loading={pending} disabled={pending}>
            {t((draft.Count ?? 1) > 1 ? 'createVm.submitMany' : 'createVm.submit', { count: draft.Count ?? 1 })}
          </Button>
        )}
        <CopyRequestButton draft={draft} scope={scope} />
      </Space>
    </Space>
  );
}
