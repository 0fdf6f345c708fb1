/**
 * Signed, expiring download links for report exports, so a card button can open a file in
 * the browser without a Teams session. Token = base64url(JSON payload) "." base64url(HMAC-SHA256).
 * Stateless: the server needs only the secret. Keep TTLs short: anyone holding the URL can
 * download until it expires (the route should still audit each download with requesterId).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export type ExportFormat = 'csv' | 'html' | 'json';

/** One signed link per format, for the report card's buttons. */
export type ReportLinks = { [F in ExportFormat]?: string };

export interface DownloadRequest {
  from: Date;
  to: Date;
  format: ExportFormat;
  /** AAD object id of the person who asked (for the download audit entry). */
  requesterId: string;
}

export interface DownloadPayload extends DownloadRequest {
  expiresAt: Date;
}

export type DownloadTokenErrorKind = 'malformed' | 'tampered' | 'expired';

export class DownloadTokenError extends Error {
  readonly kind: DownloadTokenErrorKind;
  readonly userMessage: string;
  constructor(kind: DownloadTokenErrorKind) {
    super(`Download token ${kind}`);
    this.name = 'DownloadTokenError';
    this.kind = kind;
    this.userMessage =
      kind === 'expired'
        ? 'This download link has expired. Ask the bot for the report again to get a new link.'
        : 'This download link is not valid.';
  }
}

const MIN_SECRET_BYTES = 32;

const wireSchema = z
  .object({
    v: z.literal(1),
    f: z.number().int(),
    t: z.number().int(),
    fmt: z.enum(['csv', 'html', 'json']),
    r: z.string().min(1).max(200),
    exp: z.number().int(),
  })
  .strict();

function checkSecret(secret: string | Buffer): void {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
    throw new Error(`Download link secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
}

function sign(body: string, secret: string | Buffer): Buffer {
  return createHmac('sha256', secret).update(`policy-bot-report-download.${body}`).digest();
}

export function createDownloadToken(request: DownloadRequest, secret: string | Buffer, now: Date, ttlMinutes = 15): string {
  checkSecret(secret);
  if (!(ttlMinutes > 0)) throw new Error('ttlMinutes must be positive');
  const wire: z.infer<typeof wireSchema> = {
    v: 1,
    f: request.from.getTime(),
    t: request.to.getTime(),
    fmt: request.format,
    r: request.requesterId,
    exp: now.getTime() + Math.round(ttlMinutes * 60_000),
  };
  const body = Buffer.from(JSON.stringify(wire)).toString('base64url');
  return `${body}.${sign(body, secret).toString('base64url')}`;
}

/** Checks the signature first (constant time), then the expiry. Throws DownloadTokenError. */
export function verifyDownloadToken(token: string, secret: string | Buffer, now: Date): DownloadPayload {
  checkSecret(secret);
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) {
    throw new DownloadTokenError('malformed');
  }
  const [body, signature] = parts;
  const expected = sign(body, secret);
  const given = Buffer.from(signature, 'base64url');
  // The canonical re-encoding check stops the unused low bits of the last base64 character
  // from giving one signature several spellings.
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || given.toString('base64url') !== signature) {
    throw new DownloadTokenError('tampered');
  }

  let wire: z.infer<typeof wireSchema>;
  try {
    wire = wireSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    // Validly signed but unreadable: only possible if the format changed; treat as invalid.
    throw new DownloadTokenError('malformed');
  }
  if (now.getTime() >= wire.exp) throw new DownloadTokenError('expired');
  return { from: new Date(wire.f), to: new Date(wire.t), format: wire.fmt, requesterId: wire.r, expiresAt: new Date(wire.exp) };
}
