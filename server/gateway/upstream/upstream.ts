import type { FastifyBaseLogger } from 'fastify';
import { contract, type ActionName } from '../../../contract/contract';
import type { Envelope } from '../../../contract/envelope';
import { parseEnvelope, type EnvelopeProblem } from '../../wire/envelope';
import { flatten, formBody } from '../../wire/flatten';
import { signParams } from '../../wire/sign';
import { keepRawBody } from './raw-body';
import { AttemptError, postForm, type PostResult } from './upstream-post';

/** The platform could not be used: 504 when it was too slow, 502 when it was unreachable or broken. */
export class UpstreamError extends Error {
  constructor(
    readonly statusCode: 502 | 504,
    message: string,
    /** The same text as a message key and its values, so the browser can word it in the user's language. */
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export interface UpstreamOptions {
  url: string;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  log: FastifyBaseLogger;
}

export interface UpstreamKeys {
  publicKey: string;
  privateKey: string;
}

export interface Upstream {
  /** Signs the action with the keys and sends it; resolves with the platform's envelope, whatever its RetCode. */
  call(keys: UpstreamKeys, action: ActionName, params: Record<string, unknown>, log?: FastifyBaseLogger): Promise<Envelope>;
}

function failureMessage(err: AttemptError, opts: UpstreamOptions): UpstreamError {
  const f = err.failure;
  if (f.kind === 'connect-timeout') {
    return new UpstreamError(504, `The platform did not accept a connection within ${opts.connectTimeoutMs / 1000} s.`, 'error.platform.connectTimeout', { seconds: opts.connectTimeoutMs / 1000 });
  }
  if (f.kind === 'timeout') return new UpstreamError(504, `The platform did not answer within ${opts.totalTimeoutMs / 1000} s.`, 'error.platform.timeout', { seconds: opts.totalTimeoutMs / 1000 });
  return new UpstreamError(502, `The platform could not be reached (${f.code}).`, 'error.platform.unreachable', { code: f.code });
}

const NOT_AN_ENVELOPE: Record<EnvelopeProblem, string> = {
  notJson: 'The platform sent an answer that is not JSON.',
  notObject: 'The platform sent an answer that is not a JSON object.',
  noRetCode: 'The platform sent an answer without a RetCode.',
};

function toEnvelope(action: ActionName, result: PostResult): Envelope {
  if (result.status >= 400) throw new UpstreamError(502, `The platform answered with HTTP ${result.status}.`, 'error.platform.http', { status: result.status });
  const parsed = parseEnvelope(action, result.text);
  if ('problem' in parsed) {
    throw new UpstreamError(502, NOT_AN_ENVELOPE[parsed.problem], parsed.problem === 'noRetCode' ? 'error.platform.noRetCode' : 'error.platform.notJson');
  }
  return keepRawBody(parsed.envelope, result.text);
}

export function createUpstream(opts: UpstreamOptions): Upstream {
  const url = new URL(opts.url);
  return {
    async call(keys, action, params, log = opts.log) {
      const signed = signParams(flatten({ ...params, Action: action }), keys.publicKey, keys.privateKey);
      const body = formBody(signed);
      const deadline = Date.now() + opts.totalTimeoutMs;
      // Only a read may go twice: a mutation that failed mid-way may still have happened upstream.
      const attempts = contract[action].mutating ? 1 : 2;
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await postForm(url, body, opts.connectTimeoutMs, Math.max(1, deadline - Date.now()), attempts > 1);
          const envelope = toEnvelope(action, result);
          // The request's own line says how it ended (plugins/request-log.ts); this one is for tracing.
          log.debug({ action, retCode: envelope.RetCode, ms: Date.now() - started }, 'upstream call');
          return envelope;
        } catch (err) {
          if (!(err instanceof AttemptError)) {
            if (err instanceof UpstreamError) log.warn({ action, reason: err.message }, 'upstream call failed');
            throw err;
          }
          const retry = err.failure.kind === 'connection' && attempt < attempts && Date.now() < deadline;
          log.warn({ action, failure: err.failure, attempt, retry }, 'upstream call failed');
          if (!retry) throw failureMessage(err, opts);
        }
      }
    },
  };
}
