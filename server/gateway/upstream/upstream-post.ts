import http from 'node:http';
import https from 'node:https';

export type AttemptFailure =
  | { kind: 'connection'; code: string } // nothing came back: refused, reset, DNS; safe to retry a read
  | { kind: 'connect-timeout' }
  | { kind: 'timeout' };

export class AttemptError extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.kind);
  }
}

export interface PostResult {
  status: number;
  text: string;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

// Reads reuse connections (a stale socket only costs the read its one retry); see postForm.
const keepAliveAgents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * One form POST with a connect deadline and an overall deadline. node:http rather than fetch so the
 * two timeouts are separate and a failure says which one it was.
 */
export function postForm(
  url: URL,
  body: string,
  connectTimeoutMs: number,
  timeoutMs: number,
  reuseConnection = false,
): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      fn();
    };
    const fail = (failure: AttemptFailure) => finish(() => reject(new AttemptError(failure)));
    let connectTimer: NodeJS.Timeout | undefined;
    // A mutation gets a fresh connection: a stale keep-alive socket would fail a call we may not retry.
    const agent = reuseConnection ? keepAliveAgents[url.protocol === 'https:' ? 'https:' : 'http:'] : false;
    const req = client.request(url, {
      method: 'POST',
      agent,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': Buffer.byteLength(body),
        Accept: 'application/json',
      },
    });
    const totalTimer = setTimeout(() => {
      fail({ kind: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => {
        fail({ kind: 'connect-timeout' });
        req.destroy();
      }, connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (err: NodeJS.ErrnoException) => fail({ kind: 'connection', code: err.code ?? 'ERROR' }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          res.destroy();
          finish(() => resolve({ status: 502, text: '' }));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => finish(() => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })));
      // A body cut off half-way is a broken answer, not a connection failure: never retried.
      res.on('error', () => finish(() => resolve({ status: res.statusCode ?? 0, text: '' })));
      res.on('aborted', () => finish(() => resolve({ status: res.statusCode ?? 0, text: '' })));
    });
    req.end(body);
  });
}
