import { z } from 'zod';
import { contract, type ActionName } from '../../../../contract/contract';

export interface ParamIssue {
  /** Flattened the way the platform names parameters: `Name`, `VMIDs.0`. */
  Path: string;
  Message: string;
}

export type ParamsCheck = { ok: true; params: Record<string, unknown> } | { ok: false; issues: ParamIssue[] };

/** Down to the schema that says what a value is: request schemas may be refined objects, fields optional. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodPipe) {
    s = (s instanceof z.ZodPipe ? s.in : s.unwrap()) as z.ZodType;
  }
  return s;
}

/** zod objects drop unknown keys silently; the gateway refuses them so a typo never goes unnoticed. */
function unknownKeys(schema: z.ZodType, value: unknown, path: string[], out: ParamIssue[]): void {
  const s = core(schema);
  if (s instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, i) => unknownKeys(s.element as z.ZodType, item, [...path, String(i)], out));
    return;
  }
  if (!(s instanceof z.ZodObject) || !value || typeof value !== 'object' || Array.isArray(value)) return;
  const shape = s.shape as Record<string, z.ZodType>;
  for (const [key, item] of Object.entries(value)) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      out.push({ Path: [...path, key].join('.'), Message: 'validation.unknownParameter' });
    } else {
      unknownKeys(shape[key], item, [...path, key], out);
    }
  }
}

/** Checks params (without Action) against the action's request schema; returns what zod parsed. */
export function checkParams(action: ActionName, params: Record<string, unknown>): ParamsCheck {
  const schema: z.ZodType = contract[action].request;
  const issues: ParamIssue[] = [];
  unknownKeys(schema, params, [], issues);
  if (issues.length > 0) return { ok: false, issues };
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ Path: issue.path.map(String).join('.'), Message: issue.message })),
    };
  }
  return { ok: true, params: parsed.data as Record<string, unknown> };
}
