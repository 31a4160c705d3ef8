import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';
import { rawBodyOf } from '../upstream/raw-body';

/**
 * For routes that pass the platform's answer on: the answer is checked against the declared schema like
 * everywhere else, but what goes out is the answer as it came, every field in the platform's order
 * (the zod serializer would send the parsed copy, declared fields first). An answer passed on untouched goes
 * out as the very text the platform sent, without a second stringify.
 */
export function passThroughSerializer({ schema, method, url }: { schema: unknown; method: string; url: string }) {
  if (!(schema instanceof $ZodType)) throw new Error(`${method} ${url}: a response schema must be a zod schema`);
  return (data: unknown): string => {
    const result = safeParse(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return rawBodyOf(data) ?? JSON.stringify(data);
  };
}
