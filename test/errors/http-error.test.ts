import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES } from '../../src/errors/app-error';
import { frameworkError, httpErrorResponse } from '../../src/errors/http-error';

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
