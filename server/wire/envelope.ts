import type { Envelope } from '../../contract/envelope';

/** Why a platform answer is not an envelope. */
export type EnvelopeProblem = 'notJson' | 'notObject' | 'noRetCode';

/**
 * The platform's answer text as an envelope, whatever its RetCode: a JSON object with an integer RetCode.
 * Every other field passes through in its order; a missing Action is named after the request.
 */
export function parseEnvelope(action: string, text: string): { envelope: Envelope } | { problem: EnvelopeProblem } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: 'notJson' };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { problem: 'notObject' };
  const record = body as Record<string, unknown>;
  if (typeof record.RetCode !== 'number' || !Number.isInteger(record.RetCode)) return { problem: 'noRetCode' };
  return { envelope: { ...record, Action: typeof record.Action === 'string' ? record.Action : `${action}Response`, RetCode: record.RetCode } };
}
