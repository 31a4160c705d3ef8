import { ApiError } from '../../api/api-error';
import { STEP_FIELDS, type WizardField } from './wizard-schema';

// The wizard's own fields (CompanyID, PublicIp, Count...) never appear in a platform message; the rest are
// the API's parameter names, which the platform's messages quote.
const NAMED = STEP_FIELDS.flat().filter((f) => /^[A-Z]/.test(f) && f !== 'CompanyID');

/** The form field a platform refusal is about, when its Message names one (RetCode 113 "InternalIP ... already in use"). */
export function refusedField(error: unknown): WizardField | undefined {
  if (!(error instanceof ApiError) || error.retCode === undefined) return undefined;
  return NAMED.find((field) => new RegExp(`\\b${field}\\b`).test(error.message));
}
