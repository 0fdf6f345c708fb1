import type { IncomingMessage } from 'node:http';

export type JsonBodyResult =
  | { ok: true; body: unknown }
  | { ok: false; status: 400 | 413 | 415; code: 'BAD_REQUEST_BODY' | 'BODY_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' };

/** `application/json`, optionally with parameters (`; charset=utf-8`). Nothing else is parsed. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const mediaType = header.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads a JSON request body in memory, never on disk, and stops reading at maxBytes.
 * Why not restify's bodyParser: it also accepts multipart bodies and writes them to the temp
 * directory through formidable before authentication runs, so anyone could fill the disk.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    return { ok: false, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return { ok: false, status: 413, code: 'BODY_TOO_LARGE' };
  }
  const raw = await new Promise<Buffer | 'too-large'>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Stop keeping anything; the rest is read and dropped so the 413 can still be written.
      req.removeListener('data', onData);
      req.resume();
      resolve('too-large');
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
  if (raw === 'too-large') return { ok: false, status: 413, code: 'BODY_TOO_LARGE' };
  try {
    return { ok: true, body: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, code: 'BAD_REQUEST_BODY' };
  }
}
