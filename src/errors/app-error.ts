/**
 * The error catalogue. Every error the bot raises on purpose has a code, an HTTP status for the
 * edge, and a plain sentence safe to show a user. Anything else is INTERNAL and shown generically.
 */
export const ERROR_CODES = {
  CONFIG_INVALID: { status: 500, userMessage: 'The bot is misconfigured. Please tell the network admins.' },
  POLICY_FILE_INVALID: { status: 500, userMessage: 'The policy document could not be read. Please tell the network admins.' },
  BAD_REQUEST_BODY: { status: 400, userMessage: 'The request body was not valid JSON.' },
  BODY_TOO_LARGE: { status: 413, userMessage: 'The request body was too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, userMessage: 'The request body must be application/json.' },
  INVALID_ACTIVITY: { status: 400, userMessage: 'The request was not a valid Bot Framework activity.' },
  UNAUTHENTICATED: { status: 401, userMessage: 'The request was not authenticated.' },
  AUTH_KEYS_UNAVAILABLE: { status: 503, userMessage: 'The request could not be authenticated just now; please retry.' },
  FORBIDDEN: { status: 403, userMessage: "Sorry, you don't have permission to do that." },
  INVALID_CARD_DATA: { status: 400, userMessage: "Sorry, that button's data wasn't valid, so nothing was changed. Please refresh the card and try again." },
  NOT_FOUND: { status: 404, userMessage: "Sorry, I couldn't find that." },
  DOWNLOAD_MALFORMED: { status: 400, userMessage: 'This download link is not valid.' },
  DOWNLOAD_TAMPERED: { status: 403, userMessage: 'This download link is not valid.' },
  DOWNLOAD_EXPIRED: { status: 410, userMessage: 'This download link has expired. Ask the bot for the report again to get a new link.' },
  DOWNLOAD_USED: { status: 410, userMessage: 'This download link has already been used. Ask the bot for the report again.' },
  METHOD_NOT_ALLOWED: { status: 405, userMessage: 'That method is not allowed here.' },
  STORAGE_UNAVAILABLE: { status: 503, userMessage: "Sorry, I can't reach my database just now. Please try again in a minute." },
  INTERNAL: { status: 500, userMessage: 'Sorry, something went wrong on my side. Please try again.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; userMessage?: string }) {
    super(message ?? ERROR_CODES[code].userMessage, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.userMessage = options?.userMessage ?? ERROR_CODES[code].userMessage;
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
    this.name = 'ConfigError';
  }
}

/** Normalises anything thrown into an AppError, so logs and users see a code, never a raw stack. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', 'Unexpected error', { cause: error });
}
