import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

// Names that carry a secret wherever they appear in a logged object. pino's redaction matches
// fixed paths, so each name is listed at the depths our log objects can reach.
const SECRET_NAMES = ['PrivateKey', 'privateKey', 'Password', 'password', 'Signature', 'signature', 'VNCPassword'];
const DEPTHS = ['', '*.', '*.*.', '*.*.*.', '*.*.*.*.'];

const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
  ...SECRET_NAMES.flatMap((name) => DEPTHS.map((depth) => `${depth}${name}`)),
];

interface RequestLike {
  method?: string;
  url?: string;
  ip?: string;
}

/** Only the path: a query string could carry a signature (the platform also accepts GET). */
function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}

function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      // Method, path and client address; never headers (cookies) or bodies (keys, passwords).
      req: (req: RequestLike) => ({ method: req.method, url: pathOnly(req.url), remoteAddress: req.ip }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function createLogger(level: string, stream?: DestinationStream): Logger {
  return stream ? pino(loggerOptions(level), stream) : pino(loggerOptions(level));
}
