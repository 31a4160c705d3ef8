import { z } from 'zod';
import { contract, type ActionName } from '../../../../contract/contract';
import type { ParamIssue } from '../../../../contract/gateway-error';
import { unwrapSchema } from '../../../wire/coerce';

export type ParamsCheck = { ok: true; params: Record<string, unknown> } | { ok: false; issues: ParamIssue[] };

/** zod objects drop unknown keys silently; the gateway refuses them so a typo never goes unnoticed. */
function unknownKeys(schema: z.ZodType, value: unknown, path: string[], out: ParamIssue[]): void {
  const s = unwrapSchema(schema);
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
