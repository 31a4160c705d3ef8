import type { z } from 'zod';
import { coerceToSchema } from '../../wire/coerce';
import type { FlatParams } from '../../wire/flatten';
import { unflatten } from '../../wire/flatten';
import { RetCode, SimError } from '../retcode';

// Transport and signing parameters: checked before validation, never part of an action's params.
const TRANSPORT = new Set(['Action', 'PublicKey', 'Signature']);

function valueAt(input: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Turns the flat wire parameters into the action's params: unflattened, text coerced to numbers where
 * the schema wants them, then validated. Zod issues become the platform's codes: 3 when a required
 * parameter is missing, 113 when a cross-field rule fails, 4 for any other bad value. The message
 * names the parameter and the rule's message key.
 */
export function validateParams<S extends z.ZodType>(schema: S, flat: FlatParams): z.output<S> {
  const sent: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (TRANSPORT.has(key) || value === '') continue;
    sent[key] = value;
  }
  // Older SDKs spell it ProjectId.
  if (sent.ProjectId !== undefined && sent.ProjectID === undefined) sent.ProjectID = sent.ProjectId;
  const input = coerceToSchema(schema, unflatten(sent));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path.map(String).join('.') || '(request)';
  if (valueAt(input, issue.path) === undefined && issue.code === 'invalid_type') {
    throw new SimError(RetCode.MissingParam, `Missing required parameter ${name}: ${issue.message}`);
  }
  const code = issue.code === 'custom' ? RetCode.CheckFailed : RetCode.BadFormat;
  throw new SimError(code, `Parameter ${name} invalid: ${issue.message}`);
}
