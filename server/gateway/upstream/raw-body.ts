import type { Envelope } from '../../../contract/envelope';

// Keyed by the envelope object itself: a copy (stripKeys' `{ ...envelope }`) has no raw text, so an
// answer with a field removed is always re-serialised, and one passed on untouched never is.
const rawBodies = new WeakMap<object, string>();

/**
 * Remembers the platform's answer text next to its parsed envelope when the two say exactly the same
 * thing: the text starts with the envelope's own Action (parseEnvelope adds one when it is missing).
 */
export function keepRawBody(envelope: Envelope, text: string): Envelope {
  if (text.startsWith(`{"Action":${JSON.stringify(envelope.Action)},`)) rawBodies.set(envelope, text);
  return envelope;
}

/** The platform's text for an envelope passed on unchanged; undefined for anything else. */
export function rawBodyOf(data: unknown): string | undefined {
  return data !== null && typeof data === 'object' ? rawBodies.get(data) : undefined;
}
