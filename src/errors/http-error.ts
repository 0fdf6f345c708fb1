/**
 * The one way an error becomes an HTTP answer: status, code and sentence all come from the
 * error catalogue (app-error.ts), so an edge never rebuilds codes inline and never sends an
 * error's own message, which can echo the request or a driver's text.
 */
import { AppError, ERROR_CODES, type ErrorCode, toAppError } from './app-error';

export interface HttpErrorResponse {
  status: number;
  body: { code: ErrorCode; message: string };
}

/** Anything thrown (an AppError, or a bug shown as INTERNAL) as the status and JSON body to send. */
export function httpErrorResponse(error: unknown): HttpErrorResponse {
  const appError = toAppError(error);
  return { status: appError.status, body: { code: appError.code, message: appError.userMessage } };
}

/** What an HTTP response must offer to be written to (restify's Response does). */
export interface HttpErrorSink {
  readonly headersSent: boolean;
  status(code: number): unknown;
  json(body: unknown): unknown;
}

/** Writes anything thrown as its catalogue status and `{ code, message }` (unless a response already started). */
export function writeHttpError(res: HttpErrorSink, error: unknown): HttpErrorResponse {
  const response = httpErrorResponse(error);
  if (!res.headersSent) {
    res.status(response.status);
    res.json(response.body);
  }
  return response;
}

/** BODY_TOO_LARGE, saying what the limit is. */
export function bodyTooLarge(maxBytes: number): AppError {
  return new AppError('BODY_TOO_LARGE', `request body over ${maxBytes} bytes`, { userMessage: `The request body is larger than ${maxBytes} bytes.` });
}

/** Catalogue codes for the statuses an HTTP framework raises on its own (bad JSON, oversized body, unknown route...). */
const FRAMEWORK_STATUS_CODES: ReadonlyMap<number, ErrorCode> = new Map(
  (['BAD_REQUEST_BODY', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'METHOD_NOT_ALLOWED', 'BODY_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'] as const).map((code) => [ERROR_CODES[code].status, code]),
);

/**
 * A framework's own rejection (it has a status, and a message we must not echo) as a catalogue
 * error; statuses the catalogue has no entry for become INTERNAL.
 */
export function frameworkError(status: number | undefined, cause?: unknown): AppError {
  const code = (status !== undefined && FRAMEWORK_STATUS_CODES.get(status)) || 'INTERNAL';
  return new AppError(code, `HTTP framework rejected the request (${status ?? 'no status'})`, { cause });
}
