import type { WizardDraft } from './wizard-schema';

/** A wizard in progress, as kept in sessionStorage: never the password nor its confirmation. */
export interface StoredDraft {
  values: WizardDraft;
  step: number;
}

export function draftKey(region: string, companyId: number | undefined): string {
  return `console.create-vm.draft:${companyId ?? 'own'}:${region}`;
}

export function saveDraft(key: string, values: WizardDraft, step: number): void {
  const { Password: _p, ConfirmPassword: _c, ...rest } = values;
  try {
    sessionStorage.setItem(key, JSON.stringify({ values: rest, step }));
  } catch {
    // Storage full or disabled: the draft is a convenience, the form itself still works.
  }
}

export function loadDraft(key: string): StoredDraft | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    if (!parsed || typeof parsed.values !== 'object' || parsed.values === null) return null;
    const { Password: _p, ConfirmPassword: _c, ...values } = parsed.values;
    return { values, step: typeof parsed.step === 'number' ? parsed.step : 0 };
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  sessionStorage.removeItem(key);
}
