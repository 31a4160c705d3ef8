import type { UseFormReturn } from 'react-hook-form';
import type { Lookups } from './use-lookups';
import type { WizardContext, WizardDraft, WizardValues } from './wizard-schema';

export type WizardForm = UseFormReturn<WizardDraft, WizardContext, WizardValues>;

/** What every step gets: the form, the values so far and the catalogue to choose from. */
export interface StepProps {
  form: WizardForm;
  draft: WizardDraft;
  lookups: Lookups;
}
