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

/** Catalogue codes for the statuses an HTTP framework raises on its own (bad JSON, oversized body, unknown route...). */
const FRAMEWORK_STATUS_CODES: ReadonlyMap<number, ErrorCode> = new Map(
  (['BAD_REQUEST_BODY', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'METHOD_NOT_ALLOWED', 'BODY_TOO_LARGE'] as const).map((code) => [ERROR_CODES[code].status, code]),
);

/**
 * A framework's own rejection (it has a status, and a message we must not echo) as a catalogue
 * error; statuses the catalogue has no entry for become INTERNAL.
 */
export function frameworkError(status: number | undefined, cause?: unknown): AppError {
  const code = (status !== undefined && FRAMEWORK_STATUS_CODES.get(status)) || 'INTERNAL';
  return new AppError(code, `HTTP framework rejected the request (${status ?? 'no status'})`, { cause });
}
