import { z } from 'zod';

/** Unwraps optional/default/nullable/pipe wrappers down to the schema that says what a value is. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.in as z.ZodType;
    } else break;
  }
  return s;
}

function isNumeric(schema: z.ZodType): boolean {
  const s = unwrapSchema(schema);
  if (s instanceof z.ZodNumber) return true;
  if (s instanceof z.ZodLiteral) return [...s.values].every((v) => typeof v === 'number');
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).every(isNumeric);
  return false;
}

function isBoolean(schema: z.ZodType): boolean {
  return unwrapSchema(schema) instanceof z.ZodBoolean;
}

function convert(schema: z.ZodType, value: unknown): unknown {
  const s = unwrapSchema(schema);
  if (typeof value === 'string') {
    if (isNumeric(s) && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
    if (isBoolean(s) && (value === 'true' || value === 'false')) return value === 'true';
    return value;
  }
  if (s instanceof z.ZodArray && Array.isArray(value)) return value.map((v) => convert(s.element as z.ZodType, v));
  if (s instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
    return coerceToSchema(s, value as Record<string, unknown>);
  }
  return value;
}

/**
 * Form-encoded and GET requests carry every value as text. This turns text into numbers and
 * booleans where the action's schema expects them, so one schema validates all three encodings;
 * a value that is not a number stays text and fails validation with a clear message.
 */
export function coerceToSchema(schema: z.ZodType, params: Record<string, unknown>): Record<string, unknown> {
  const s = unwrapSchema(schema);
  if (!(s instanceof z.ZodObject)) return params;
  const shape = s.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = shape[key] ? convert(shape[key], value) : value;
  }
  return out;
}
