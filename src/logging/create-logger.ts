import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';

/**
 * Paths that may carry message text or personal data. pino removes them from every line, wherever a
 * careless call puts them. The rule is still: log ids and counts, never content.
 */
export const REDACTED_PATHS = [
  'text',
  '*.text',
  'html',
  '*.html',
  'body',
  '*.body',
  'value',
  '*.value',
  'attachments',
  '*.attachments',
  'card',
  '*.card',
  'content',
  '*.content',
  'question',
  '*.question',
  'draft',
  '*.draft',
  'topic',
  '*.topic',
  'reason',
  '*.reason',
  'email',
  '*.email',
  'name',
  '*.name',
  'activity.from',
  'activity.recipient',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'password',
  '*.password',
];

/** Errors keep their class, code and message; stacks only at debug level, and never any attached payload. */
function serializeError(err: unknown): Record<string, unknown> {
  // Libraries throw strings and plain objects too (PGlite, WASM runtimes): keep what they say.
  if (typeof err === 'string') return { type: 'string', message: err.slice(0, 300) };
  if (!(err instanceof Error)) {
    const fields = (typeof err === 'object' && err !== null ? err : {}) as { name?: unknown; code?: unknown; message?: unknown; status?: unknown };
    return {
      type: typeof fields.name === 'string' ? fields.name : typeof err,
      code: typeof fields.code === 'string' || typeof fields.code === 'number' ? fields.code : undefined,
      status: fields.status,
      message: typeof fields.message === 'string' ? fields.message.slice(0, 300) : undefined,
    };
  }
  const withCode = err as Error & { code?: unknown; status?: unknown; statusCode?: unknown };
  return {
    type: err.name,
    code: typeof withCode.code === 'string' ? withCode.code : undefined,
    status: withCode.status ?? withCode.statusCode,
    message: err.message.slice(0, 300),
  };
}

export function createLogger(level: string, destination?: DestinationStream): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'policy-bot' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}
