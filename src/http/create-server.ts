import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger as PinoLogger } from 'pino';
import type { Config } from '../config/load-config';
import { inboundActivitySchema } from '../teams/activity-schema';
import { sanitizeJson } from '../text/safe-text';
import { readJsonBody } from './read-json-body';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string | number | Record<string, unknown> }>;
}

export interface HttpServerDeps {
  config: Config;
  logger: PinoLogger;
  /** Runs one activity through the bot; resolves once the response has been written. */
  processActivity(req: Request, res: Response): Promise<void>;
  readiness(): Promise<ReadinessReport>;
  /** Extra routes (signed downloads) registered by later features. */
  extraRoutes?: (server: Server) => void;
}

/** Plain JSON error bodies: a code and a sentence, never a stack or an echo of the request. */
function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status);
  res.json({ code, message });
}

const BODY_ERROR_MESSAGES = {
  BAD_REQUEST_BODY: () => 'The request body was not valid JSON.',
  BODY_TOO_LARGE: (max: number) => `The request body is larger than ${max} bytes.`,
  UNSUPPORTED_MEDIA_TYPE: () => 'The request body must be application/json.',
} as const;

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
  server.on('restifyError', (req: Request, res: Response, err: { statusCode?: number; name?: string }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const code = status === 413 ? 'BODY_TOO_LARGE' : status === 400 ? 'BAD_REQUEST_BODY' : status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : 'INTERNAL';
    const message =
      status === 413 ? `The request body is larger than ${config.maxBodyBytes} bytes.` : status === 400 ? 'The request body was not valid JSON.' : status === 404 ? 'Not found.' : 'The request could not be handled.';
    logger.warn({ status, code, route: req.getRoute()?.path, errName: err.name }, 'request rejected');
    (err as { toJSON?: () => unknown }).toJSON = () => ({ code, message });
    return callback();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const read = await readJsonBody(req, config.maxBodyBytes).catch(() => ({ ok: false, status: 400, code: 'BAD_REQUEST_BODY' }) as const);
    if (!read.ok) {
      logger.warn({ status: read.status, code: read.code }, 'request rejected');
      // A body we stopped reading may still be arriving: close the connection after answering.
      if (read.status === 413) res.setHeader('connection', 'close');
      sendError(res, read.status, read.code, BODY_ERROR_MESSAGES[read.code](config.maxBodyBytes));
      return;
    }
    // NUL and lone surrogates cannot be stored (PostgreSQL refuses them); drop them before anything reads the activity.
    req.body = sanitizeJson(read.body);
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.code}`) }, 'malformed activity rejected');
      sendError(res, 400, 'INVALID_ACTIVITY', 'The request was not a valid Bot Framework activity.');
      return;
    }
    try {
      await deps.processActivity(req, res);
    } catch (error) {
      logger.error({ err: error }, 'activity processing failed outside the turn');
      sendError(res, 500, 'INTERNAL', 'The activity could not be processed.');
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
