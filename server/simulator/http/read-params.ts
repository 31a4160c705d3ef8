import type { FlatParams } from '../../wire/flatten';

/**
 * The parameters of one call, flattened: query first, then the body on top (body wins), whatever
 * the encoding. Form and GET values arrive as text; flat JSON keeps its numbers. Nested JSON is
 * flattened here too, so `{VMIDs: ['a']}` and `{"VMIDs.0": "a"}` are the same call. Empty strings are
 * kept: a client that sent and signed one must still verify.
 */
export function readParams(query: unknown, body: unknown): FlatParams {
  const out: FlatParams = {};
  const walk = (prefix: string, value: unknown) => {
    if (value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[prefix] = value;
    } else if (Array.isArray(value)) {
      // A repeated form key (`a=1&a=2`) is one parameter sent twice: the last one wins, as with query + body.
      if (value.every((v) => typeof v !== 'object' || v === null)) walk(prefix, value[value.length - 1]);
      else value.forEach((item, i) => walk(`${prefix}.${i}`, item));
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    }
  };
  walk('', query);
  walk('', body);
  return out;
}
