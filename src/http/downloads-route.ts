import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { AppError, type ErrorCode } from '../errors/app-error';
import { writeHttpError } from '../errors/http-error';
import type { Logger } from '../ports/logger';
import { DownloadTokenError, verifyDownloadToken, type DownloadTokenErrorKind } from '../reports/download-link';

/** What GET /downloads needs, and nothing more (wired in src/app/report-feature.ts). */
export interface DownloadsRouteDeps {
  secret: string;
  now(): Date;
  logger: Logger;
  /** Whether the user holds the PSD role now: checked again at download time, not only when the link was made. */
  isPsd(userId: string): Promise<boolean>;
  /** True only the first time `key` is claimed, across instances and restarts. */
  claimOnce(key: string, at: Date): Promise<boolean>;
  /** The file a verified token names (the export is audited by the use case). */
  produce(token: string): Promise<{ contentType: string; fileName: string; body: string | Buffer }>;
}

const TOKEN_ERROR_CODES: Record<DownloadTokenErrorKind, ErrorCode> = { malformed: 'DOWNLOAD_MALFORMED', tampered: 'DOWNLOAD_TAMPERED', expired: 'DOWNLOAD_EXPIRED' };

/** GET /downloads?t=<signed token>: the report card's single-use download links. */
export function registerDownloadsRoute(server: Server, deps: DownloadsRouteDeps): void {
  server.get('/downloads', async (req: Request, res: Response) => {
    const token = typeof req.query?.t === 'string' ? req.query.t : '';
    try {
      const payload = verifyDownloadToken(token, deps.secret, deps.now());
      if (!(await deps.isPsd(payload.requesterId))) {
        writeHttpError(res, new AppError('FORBIDDEN', 'download by a non-PSD user', { userMessage: 'This export is for Professional Standards only.' }));
        return;
      }
      // Single use: a link that leaks after it was used (a forwarded message, a proxy log) opens nothing.
      if (!(await deps.claimOnce(`download:${createHash('sha256').update(token).digest('hex')}`, deps.now()))) {
        writeHttpError(res, new AppError('DOWNLOAD_USED'));
        return;
      }
      const file = await deps.produce(token);
      res.status(200);
      res.header('Content-Type', file.contentType);
      res.header('Cache-Control', 'no-store');
      // Never rendered by the browser as a page of ours: saved as a file, nothing in it can run or load.
      res.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      res.header('X-Content-Type-Options', 'nosniff');
      res.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
      res.sendRaw(file.body);
    } catch (error) {
      if (error instanceof DownloadTokenError) {
        writeHttpError(res, new AppError(TOKEN_ERROR_CODES[error.kind], error.message, { userMessage: error.userMessage }));
        return;
      }
      deps.logger.error({ err: error }, 'download failed');
      writeHttpError(res, new AppError('INTERNAL', 'download failed', { cause: error, userMessage: 'The export could not be produced.' }));
    }
  });
}
