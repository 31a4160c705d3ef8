import { Steps } from 'antd';
import type { FieldErrors } from 'react-hook-form';
import { useT } from '../../i18n/i18n-context';
import { STEP_TITLES } from './choices';
import { STEP_FIELDS, type WizardDraft } from './wizard-schema';

/** How many of a step's fields are wrong. */
export function stepErrorCount(errors: FieldErrors<WizardDraft>, step: number): number {
  return STEP_FIELDS[step].filter((f) => errors[f]).length;
}

/** The step header: each step says when it has errors, and how many (in words, not only colour). */
export function WizardSteps({ current, errors, onChange }: { current: number; errors: FieldErrors<WizardDraft>; onChange(step: number): void }) {
  const { t } = useT();
  return (
    <nav aria-label={t('createVm.steps')}>
      <Steps
        current={current}
        onChange={onChange}
        size="small"
        items={STEP_TITLES.map((key, step) => {
          const count = stepErrorCount(errors, step);
          return {
            title: t(key),
            status: count > 0 ? 'error' : undefined,
            content: count > 0 ? t('createVm.step.errors', { count }) : undefined,
          };
        })}
      />
    </nav>
  );
}
