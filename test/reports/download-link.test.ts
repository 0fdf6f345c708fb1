import { describe, expect, it } from 'vitest';
import { DownloadTokenError, createDownloadToken, verifyDownloadToken } from '../../src/reports/download-link';

const secret = 'test-secret-0123456789-abcdefghijklmnop';
const now = new Date('2026-11-23T23:00:00Z');
const request = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-22T00:00:00Z'), format: 'csv' as const, requesterId: 'aad-psd-1' };

function kindOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DownloadTokenError) return e.kind;
    throw e;
  }
  return 'no error';
}

describe('download links', () => {
  const token = createDownloadToken(request, secret, now, 15);

  it('is URL-safe and round-trips the payload', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(verifyDownloadToken(token, secret, new Date(now.getTime() + 60_000))).toEqual({
      ...request,
      expiresAt: new Date('2026-11-23T23:15:00Z'),
    });
  });

  it('expires at now + ttl (the expiry instant itself is too late)', () => {
    expect(kindOf(() => verifyDownloadToken(token, secret, new Date('2026-11-23T23:14:59.999Z')))).toBe('no error');
    expect(kindOf(() => verifyDownloadToken(token, secret, new Date('2026-11-23T23:15:00Z')))).toBe('expired');
  });

  it('rejects a changed payload, a changed signature and another secret', () => {
    const [body, sig] = token.split('.');
    const forged = Buffer.from(Buffer.from(body, 'base64url').toString().replace('"csv"', '"json"')).toString('base64url');
    expect(kindOf(() => verifyDownloadToken(`${forged}.${sig}`, secret, now))).toBe('tampered');
    const flipped = (sig.startsWith('A') ? 'B' : 'A') + sig.slice(1);
    expect(kindOf(() => verifyDownloadToken(`${body}.${flipped}`, secret, now))).toBe('tampered');
    expect(kindOf(() => verifyDownloadToken(token, `${secret}-other`, now))).toBe('tampered');
    expect(kindOf(() => verifyDownloadToken(`${body}.${sig.slice(0, 10)}`, secret, now))).toBe('tampered');
    // 32 bytes -> 43 chars: the last char has 2 unused bits; a non-canonical spelling is refused.
    const last = sig.at(-1) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1];
    expect(Buffer.from(sig.slice(0, -1) + sibling, 'base64url').equals(Buffer.from(sig, 'base64url'))).toBe(true);
    expect(kindOf(() => verifyDownloadToken(`${body}.${sig.slice(0, -1)}${sibling}`, secret, now))).toBe('tampered');
  });

  it('rejects garbage as malformed', () => {
    expect(kindOf(() => verifyDownloadToken('', secret, now))).toBe('malformed');
    expect(kindOf(() => verifyDownloadToken('a.b.c', secret, now))).toBe('malformed');
    expect(kindOf(() => verifyDownloadToken('abc.d+f', secret, now))).toBe('malformed');
  });

  it('refuses a short secret', () => {
    expect(() => createDownloadToken(request, 'short', now)).toThrow(/at least 32 bytes/);
  });

  it('gives a friendly message for expired links', () => {
    try {
      verifyDownloadToken(token, secret, new Date('2026-11-24T00:00:00Z'));
    } catch (e) {
      expect((e as DownloadTokenError).userMessage).toContain('expired');
    }
    expect.assertions(1);
  });
});
