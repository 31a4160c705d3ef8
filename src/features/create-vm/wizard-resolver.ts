import type { FieldErrors, Resolver } from 'react-hook-form';
import { buildWizardSchema, type WizardContext, type WizardDraft, type WizardField, type WizardValues } from './wizard-schema';

/** Empty inputs mean "not given": antd clears a text box to '' and a number box to null. */
export function normalizeDraft<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = value === '' || value === null ? undefined : value;
  }
  return out as T;
}

const NO_CONTEXT: WizardContext = { windows: false, requireTenant: false };

/**
 * What @hookform/resolvers' zodResolver does, for a flat form whose values are a draft: zod decides,
 * with the schema rebuilt from the lookup facts passed as context; the first problem of each field
 * is shown, and a field left empty says "Required." rather than its type's message.
 */
export const wizardResolver: Resolver<WizardDraft, WizardContext, WizardValues> = (values, context) => {
  const clean = normalizeDraft(values);
  const result = buildWizardSchema(context ?? NO_CONTEXT).safeParse(clean);
  if (result.success) return { values: result.data, errors: {} };
  const errors: FieldErrors<WizardDraft> = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0]) as WizardField;
    if (errors[name]) continue;
    const missing = issue.code === 'invalid_type' && clean[name] === undefined;
    errors[name] = { type: issue.code, message: missing ? 'validation.required' : issue.message };
  }
  return { values: {}, errors };
};
