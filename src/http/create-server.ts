import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger as PinoLogger } from 'pino';
import type { Config } from '../config/load-config';
import { AppError } from '../errors/app-error';
import { bodyTooLarge, frameworkError, httpErrorResponse, writeHttpError } from '../errors/http-error';
import { inboundActivitySchema, type InboundActivity } from '../teams/activity-schema';
import { sanitizeJson } from '../text/safe-text';
import { readJsonBody } from './read-json-body';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string | number | Record<string, unknown> }>;
}

export interface HttpServerDeps {
  config: Config;
  logger: PinoLogger;
  /** Runs one parsed activity through the bot; resolves once the response has been written. */
  processActivity(activity: InboundActivity, authHeader: string, res: Response): Promise<void>;
  readiness(): Promise<ReadinessReport>;
  /** Extra routes (signed downloads) registered by later features. */
  extraRoutes?: (server: Server) => void;
}

/**
 * Builds the restify server without listening, so tests can start it on an ephemeral port and
 * main.ts decides where it listens.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  const { config, logger } = deps;
  const server = restify.createServer({ name: 'policy-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // restify's own errors (bad JSON, oversized body, unknown route) get our sentence instead of its message,
  // which can echo parts of the request.
  // (Every error answer goes through the catalogue: errors/http-error.ts.)
  server.on('restifyError', (req: Request, res: Response, err: { statusCode?: number; name?: string }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const appError = status === 413 ? bodyTooLarge(config.maxBodyBytes) : frameworkError(status, err);
    logger.warn({ status, code: appError.code, route: req.getRoute()?.path, errName: err.name }, 'request rejected');
    const { body } = httpErrorResponse(appError);
    (err as { toJSON?: () => unknown }).toJSON = () => body;
    return callback();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const read = await readJsonBody(req, config.maxBodyBytes).catch(() => ({ ok: false, status: 400, code: 'BAD_REQUEST_BODY' }) as const);
    if (!read.ok) {
      logger.warn({ status: read.status, code: read.code }, 'request rejected');
      // A body we stopped reading may still be arriving: close the connection after answering.
      if (read.status === 413) res.setHeader('connection', 'close');
      writeHttpError(res, read.code === 'BODY_TOO_LARGE' ? bodyTooLarge(config.maxBodyBytes) : new AppError(read.code));
      return;
    }
    // NUL and lone surrogates cannot be stored (PostgreSQL refuses them); drop them before anything reads the activity.
    const parsed = inboundActivitySchema.safeParse(sanitizeJson(read.body));
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.code}`) }, 'malformed activity rejected');
      writeHttpError(res, new AppError('INVALID_ACTIVITY'));
      return;
    }
    try {
      // The bot gets the parsed activity (unknown fields kept: the schema passes them through), never the raw body.
      const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      await deps.processActivity(parsed.data, authHeader, res);
    } catch (error) {
      logger.error({ err: error }, 'activity processing failed outside the turn');
      writeHttpError(res, new AppError('INTERNAL', 'activity processing failed outside the turn', { cause: error }));
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    let report: ReadinessReport;
    try {
      report = await deps.readiness();
    } catch (error) {
      logger.error({ err: error }, 'readiness check failed');
      report = { ready: false, checks: { readiness: { ok: false, detail: 'check failed' } } };
    }
    res.status(report.ready ? 200 : 503);
    res.json({ status: report.ready ? 'ready' : 'not_ready', checks: report.checks });
  });

  deps.extraRoutes?.(server);
  return server;
}
