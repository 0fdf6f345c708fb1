import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../src/errors/app-error';
import { bodyTooLarge, frameworkError, httpErrorResponse, writeHttpError } from '../../src/errors/http-error';
import { isDiskFull, isStorageError, isStoreFault, StorageError } from '../../src/errors/storage-fault';

describe('httpErrorResponse', () => {
  it('answers with the catalogue status, code and sentence, never the error\'s own message', () => {
    const error = new AppError('STORAGE_UNAVAILABLE', 'pg: connection to 10.0.0.5 refused (password=...)');
    expect(httpErrorResponse(error)).toEqual({
      status: 503,
      body: { code: 'STORAGE_UNAVAILABLE', message: "Sorry, I can't reach my database just now. Please try again in a minute." },
    });
  });

  it('a user message chosen on purpose (an AppError subclass) is kept', () => {
    const error = new AppError('BAD_REQUEST_BODY', 'period "next week" not understood', { userMessage: 'Give a period like 2026-01 or last-week.' });
    expect(httpErrorResponse(error)).toEqual({ status: 400, body: { code: 'BAD_REQUEST_BODY', message: 'Give a period like 2026-01 or last-week.' } });
  });

  it('anything else is INTERNAL with the generic sentence', () => {
    expect(httpErrorResponse(new TypeError("Cannot read properties of undefined (reading 'text')"))).toEqual({
      status: 500,
      body: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.userMessage },
    });
    expect(httpErrorResponse('a thrown string')).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
  });
});

describe('frameworkError', () => {
  it.each([
    [400, 'BAD_REQUEST_BODY'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [405, 'METHOD_NOT_ALLOWED'],
    [413, 'BODY_TOO_LARGE'],
  ] as const)('status %i becomes %s, answered with the same status', (status, code) => {
    const error = frameworkError(status, new Error('Unexpected token < in JSON at position 0: <script>'));
    expect(error.code).toBe(code);
    expect(httpErrorResponse(error)).toMatchObject({ status, body: { code } });
    expect(JSON.stringify(httpErrorResponse(error))).not.toContain('<script>');
  });

  it('a status the catalogue does not know (or none) becomes INTERNAL', () => {
    expect(frameworkError(418).code).toBe('INTERNAL');
    expect(frameworkError(undefined).code).toBe('INTERNAL');
    expect(httpErrorResponse(frameworkError(502)).status).toBe(500);
  });
});

describe('writeHttpError', () => {
  function sink(headersSent = false) {
    const sent: { status?: number; body?: unknown } = {};
    return { sent, res: { headersSent, status: (code: number) => (sent.status = code), json: (body: unknown) => (sent.body = body) } };
  }

  it('writes the catalogue status, code and sentence, never the error text', () => {
    const { sent, res } = sink();
    writeHttpError(res, new Error('SELECT * FROM flags WHERE poster = 07700 900123'));
    expect(sent).toEqual({ status: 500, body: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.userMessage } });
  });

  it('answers a store error with 503 STORAGE_UNAVAILABLE', () => {
    const { sent, res } = sink();
    writeHttpError(res, new StorageError(Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' })));
    expect(sent).toEqual({ status: 503, body: { code: 'STORAGE_UNAVAILABLE', message: ERROR_CODES.STORAGE_UNAVAILABLE.userMessage } });
  });

  it('says how large a body may be', () => {
    const { sent, res } = sink();
    writeHttpError(res, bodyTooLarge(1024));
    expect(sent).toEqual({ status: 413, body: { code: 'BODY_TOO_LARGE', message: 'The request body is larger than 1024 bytes.' } });
  });

  it('leaves a response that already started alone', () => {
    const { sent, res } = sink(true);
    writeHttpError(res, new AppError('FORBIDDEN'));
    expect(sent).toEqual({});
  });
});

describe('StorageError', () => {
  it('keeps the driver error as its cause, with its SQLSTATE and constraint, so repositories can still react to one statement', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "flags_pkey"'), { code: '23505', constraint: 'flags_pkey' });
    const error = new StorageError(driverError);
    expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503, sqlState: '23505', constraint: 'flags_pkey' });
    expect(error.cause).toBe(driverError);
    expect(error.message).not.toContain('flags_pkey');
    expect(isStorageError(error)).toBe(true);
    expect(isStoreFault(error)).toBe(false);
  });

  it('sees a disk-full or lost-connection fault through the wrapper', () => {
    expect(isDiskFull(new StorageError(Object.assign(new Error('disk'), { code: '53100' })))).toBe(true);
    expect(isStoreFault(new StorageError(new Error('Connection terminated unexpectedly')))).toBe(true);
  });
});
