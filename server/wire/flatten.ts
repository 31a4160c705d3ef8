/** A parameter value as it goes over the wire, after flattening. */
export type WireValue = string | number | boolean;
export type FlatParams = Record<string, WireValue>;

/**
 * Flattens nested params the way the platform expects (docs/protocol.md §1): arrays as
 * `Name.N` from 0, arrays of objects as `Name.N.Field`. Null, undefined and '' are not sent.
 */
export function flatten(params: Record<string, unknown>): FlatParams {
  const out: FlatParams = {};
  const walk = (prefix: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(`${prefix}.${i}`, item));
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[prefix] = value;
    }
  };
  walk('', params);
  return out;
}

/** Numbers in decimal, never exponent form, no trailing `.0` (what every SDK signs). */
export function wireString(value: WireValue): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value).includes('e') ? value.toFixed(20).replace(/0+$/, '') : String(value);
}

/** The inverse of flatten: `VMIDs.0=a` becomes `{ VMIDs: ['a'] }`. Values stay as they came. */
export function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const last = i === parts.length - 1;
      const index = /^\d+$/.test(part) ? Number(part) : null;
      const container = node as Record<string | number, unknown>;
      const slot = index ?? part;
      if (last) {
        container[slot] = value;
      } else {
        if (container[slot] === undefined || typeof container[slot] !== 'object') {
          container[slot] = /^\d+$/.test(parts[i + 1]) ? [] : {};
        }
        node = container[slot] as Record<string, unknown> | unknown[];
      }
    }
  }
  // Sparse arrays (VMIDs.0, VMIDs.2) become dense so schemas see only real values.
  const densify = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(densify);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, densify(x)]));
    }
    return v;
  };
  return densify(root) as Record<string, unknown>;
}

/** A form-encoded request body, as the SDKs send it. */
export function formBody(params: FlatParams): string {
  return new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, wireString(v)])).toString();
}
