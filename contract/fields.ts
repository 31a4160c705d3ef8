import { z } from 'zod';

// Error messages are message keys (see src/i18n/*/validation.ts): the UI words them in the
// user's language, the gateway and simulator pass them on verbatim.

const NAME_PATTERN = /^[\u4e00-\u9fa5A-Za-z0-9_.-]{1,30}$/;

export const nameField = z
  .string({ error: 'validation.required' })
  .min(1, 'validation.required')
  .max(30, 'validation.name.length')
  .regex(NAME_PATTERN, 'validation.name.chars');

/**
 * Control characters (NUL, BEL, CR/LF, ... C0, DEL, C1) and bidirectional overrides/isolates (U+202A-202E,
 * U+2066-2069, U+200E/200F, U+061C) have no place in a name or remark: they break logs and lists and can
 * make text read differently from what it is (issue 13). One rule, so form, gateway and simulator agree.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const safeText = (max: number, lengthKey: string) =>
  z.string().max(max, lengthKey).refine((v) => !UNSAFE_TEXT.test(v), 'validation.text.unsafe');

export const remarkField = safeText(100, 'validation.remark.length');
/** Free-text fields of CreateVMInstance's application form. */
export const applicationNameField = safeText(100, 'validation.application.length');
export const applicationReasonField = safeText(500, 'validation.application.length');
/**
 * A list's search keyword: free text the platform echoes into logs and matches against names, so the same
 * rule applies (a name or remark never holds these characters, so no search loses a match).
 */
export const keywordField = z.string().refine((v) => !UNSAFE_TEXT.test(v), 'validation.text.unsafe');

const PASSWORD_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;

function passwordClassCount(password: string): number {
  return PASSWORD_CLASSES.filter((re) => re.test(password)).length;
}

/** True when the password contains more than two consecutive characters of "administrator". */
export function containsAdministratorRun(password: string): boolean {
  const word = 'administrator';
  const lower = password.toLowerCase();
  for (let i = 0; i + 3 <= word.length; i++) {
    if (lower.includes(word.slice(i, i + 3))) return true;
  }
  return false;
}

export type PasswordRule = 'length' | 'classes' | 'windows';

/** Which of the document's password rules the password breaks, in display order. */
export function passwordProblems(password: string, opts: { windows?: boolean } = {}): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if (password.length < 6 || password.length > 30) problems.push('length');
  if (passwordClassCount(password) < 2) problems.push('classes');
  if (opts.windows && containsAdministratorRun(password)) problems.push('windows');
  return problems;
}

export const passwordField = z
  .string({ error: 'validation.required' })
  .min(6, 'validation.password.length')
  .max(30, 'validation.password.length')
  .refine((p) => passwordClassCount(p) >= 2, 'validation.password.classes');

export const chargeTypeField = z.enum(['Dynamic', 'Month', 'Year'], { error: 'validation.chargeType' });
export type ChargeType = z.infer<typeof chargeTypeField>;

export const QUANTITY_RANGE: Record<ChargeType, [number, number] | null> = {
  Dynamic: null,
  Month: [1, 11],
  Year: [1, 5],
};

export const quantityField = z.int('validation.integer').min(1, 'validation.quantity.range');

export const gpuField = z.union([z.literal(1), z.literal(2), z.literal(4)], { error: 'validation.gpu.values' });

export const BOOT_DISK_RANGE = [40, 500] as const;
export const bootDiskSpaceField = z
  .int('validation.integer')
  .min(40, 'validation.bootDisk.range')
  .max(500, 'validation.bootDisk.range');

export const dataDiskSpaceField = z
  .int('validation.integer')
  .min(0, 'validation.dataDisk.range')
  .max(8000, 'validation.dataDisk.range');

export const cpuField = z.int('validation.integer').positive('validation.cpu.positive');
export const memoryField = z.int('validation.integer').positive('validation.memory.positive');

export const companyIdField = z.int('validation.integer').positive('validation.companyId');
export const idField = z.string({ error: 'validation.required' }).min(1, 'validation.required');
export const offsetField = z.int('validation.integer').min(0, 'validation.offset');
export const limitField = z.int('validation.integer').min(1, 'validation.limit').max(100, 'validation.limit');
export const ipVersionField = z.enum(['IPv4', 'IPv6'], { error: 'validation.ipVersion' });
export const delBindResourceField = z.union([z.literal(0), z.literal(1)], { error: 'validation.delBindResource' });
export const ipv4Field = z.ipv4('validation.ip');

/** Adds the cross-field rules: Quantity per ChargeType, CPU >= 4 x GPU. */
export function checkBillingAndGpu(
  value: { ChargeType?: ChargeType; Quantity?: number; CPU?: number; GPU?: number },
  ctx: z.RefinementCtx,
): void {
  const range = value.ChargeType ? QUANTITY_RANGE[value.ChargeType] : null;
  if (range && value.Quantity !== undefined && (value.Quantity < range[0] || value.Quantity > range[1])) {
    ctx.addIssue({
      code: 'custom',
      path: ['Quantity'],
      message: value.ChargeType === 'Month' ? 'validation.quantity.month' : 'validation.quantity.year',
    });
  }
  if (value.GPU !== undefined && value.CPU !== undefined && value.CPU < 4 * value.GPU) {
    ctx.addIssue({ code: 'custom', path: ['GPU'], message: 'validation.gpu.cpu' });
  }
}
