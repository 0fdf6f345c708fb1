import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { PSD_CHANNEL_KEY, type ChannelSetting } from '../moderation/channel-settings';
import type { ReportCardLinks } from '../cards/report-card';
import { DownloadTokenError, verifyDownloadToken } from '../reports/download-link';
import { exportReport } from '../reports/export-report';
import { downloadExport, downloadLinks, viewReport, type DownloadLinkOptions } from '../reports/report-use-cases';
import type { ReportPeriod } from '../reports/report-period';
import { createReportEnqueuer } from '../reports/enqueue-report';
import { createReportScheduler, type ReportScheduler } from '../runtime/report-scheduler';
import type { CommandContext } from '../teams/commands/command-context';
import type { FileConsentHandlers } from '../teams/routes/file-consent-route';
import type { BotServices } from './services';
import { sendPrivately } from '../teams/commands/psd-delivery';
import { exportClauseResolver } from './finding-clauses-setup';

export interface ReportFeature {
  scheduler: ReportScheduler;
  fileConsent: FileConsentHandlers;
  registerRoutes(server: Server): void;
  start(): void;
  stop(): void;
}

/** Clause text for the export's "policy clauses offended" column. */
function clauseResolver(services: BotServices) {
  return exportClauseResolver(services.moderationDeps.clausesFor);
}

function linkOptions(services: BotServices): DownloadLinkOptions {
  return { baseUrl: `${services.config.publicBaseUrl}/downloads`, secret: services.config.downloadLinkSecret, ttlMinutes: services.config.downloadLinkTtlMinutes };
}

/** Short-lived signed links for the report card's download buttons. */
export function exportLinks(services: BotServices, period: ReportPeriod, requesterId: string): ReportCardLinks {
  return downloadLinks(period, requesterId, services.clock.now(), linkOptions(services));
}

/** `report [period]`: figures, charts and download links; the viewing is audited. */
export function showReport(services: BotServices, text: string, requester: { id: string; name: string }, options: { withLinks: boolean }) {
  return viewReport(services.store, { text, requesterId: requester.id, requesterName: requester.name, now: services.clock.now(), links: options.withLinks ? linkOptions(services) : undefined, queries: services.reportQueries });
}

/**
 * Export delivery: always the Teams file consent card in the requester's 1:1 chat. When they
 * accept, Teams hands the bot an upload URL in their own OneDrive, so the file reaches only
 * the person who asked (an authenticated, role-checked step), and no link to it is ever
 * posted. Asked anywhere else, the card is sent to the 1:1 chat and the bot says so.
 */
export async function sendExport(ctx: CommandContext, period: ReportPeriod, actor: { id: string; name: string }): Promise<void> {
  const { services, context } = ctx;
  const privately = ctx.place.conversationType !== 'personal';
  await services.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'report.export', target: null, details: { from: period.from.toISOString(), to: period.to.toISOString(), format: 'csv', route: 'file_consent', sentPrivately: privately }, at: services.clock.now() });
  const file = await exportReport(services.store, period, 'csv', services.clock.now(), clauseResolver(services), services.reportQueries);
  const consentContext = { kind: 'psd-export', from: period.from.toISOString(), to: period.to.toISOString() };
  const consent = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.consent', name: file.fileName, content: { description: `PSD flag export (CSV, ${file.rowCount} rows, one per flag)`, sizeInBytes: Buffer.byteLength(file.body), acceptContext: consentContext, declineContext: consentContext } }],
  };
  if (privately) return sendPrivately(ctx, consent, 'export');
  await context.sendActivity(consent);
}

const consentSchema = z.object({
  action: z.enum(['accept', 'decline']),
  context: z.object({ kind: z.literal('psd-export'), from: z.string().datetime(), to: z.string().datetime() }),
  uploadInfo: z.object({ uploadUrl: z.string().url(), contentUrl: z.string().url().optional(), name: z.string().max(260), uniqueId: z.string().optional(), fileType: z.string().optional() }).optional(),
});

export function createReportFeature(services: BotServices, owner: string): ReportFeature {
  const { store, clock, config, logger } = services;
  const enqueue = createReportEnqueuer({
    store,
    clock,
    queries: store.reportQueries,
    psdConversation: async () => (await store.settings.get<ChannelSetting>(PSD_CHANNEL_KEY))?.conversationRef,
  });
  const scheduler = createReportScheduler({
    store,
    clock,
    schedule: config.reportSchedule,
    timezone: config.reportTimeZone,
    logger,
    owner,
    buildAndEnqueue: async (period, scheduledFor) => {
      await enqueue(period, scheduledFor);
      services.kickDispatcher();
    },
  });

  const fileConsent: FileConsentHandlers = {
    async accept(context: TurnContext, response: unknown) {
      const parsed = consentSchema.safeParse(response);
      const actorId = (context.activity.from.aadObjectId ?? context.activity.from.id).toLowerCase();
      if (!parsed.success || !parsed.data.uploadInfo || !(await services.roles.has(actorId, 'psd'))) {
        await store.audit.append({ actorId, actorName: context.activity.from.name ?? null, action: 'command.refused', target: null, reason: parsed.success ? 'not PSD' : 'invalid file consent', at: clock.now() });
        await context.sendActivity('Sorry, that export could not be delivered. Please ask for it again.');
        return;
      }
      const period = { from: new Date(parsed.data.context.from), to: new Date(parsed.data.context.to) };
      const csv = Buffer.from((await exportReport(store, period, 'csv', clock.now(), clauseResolver(services), services.reportQueries)).body);
      const upload = await fetch(parsed.data.uploadInfo.uploadUrl, { method: 'PUT', headers: { 'Content-Length': String(csv.length), 'Content-Range': `bytes 0-${csv.length - 1}/${csv.length}` }, body: csv, signal: AbortSignal.timeout(30_000) });
      if (!upload.ok) {
        logger.warn({ status: upload.status }, 'export upload failed');
        await context.sendActivity('Sorry, OneDrive did not accept the export. Please try again.');
        return;
      }
      await store.audit.append({ actorId, actorName: context.activity.from.name ?? null, action: 'report.download', target: null, details: { route: 'file_consent', from: period.from.toISOString(), to: period.to.toISOString() }, at: clock.now() });
      await context.sendActivity({
        attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl: parsed.data.uploadInfo.contentUrl, name: parsed.data.uploadInfo.name, content: { uniqueId: parsed.data.uploadInfo.uniqueId, fileType: parsed.data.uploadInfo.fileType ?? 'csv' } }],
      });
    },
    async decline(context: TurnContext) {
      await context.sendActivity('OK, I have not saved the export.');
    },
  };

  return {
    scheduler,
    fileConsent,
    registerRoutes(server) {
      server.get('/downloads', async (req: Request, res: Response) => {
        const token = typeof req.query?.t === 'string' ? req.query.t : '';
        try {
          const payload = verifyDownloadToken(token, config.downloadLinkSecret, clock.now());
          // The role is checked again at download time, not only when the link was made.
          if (!(await services.roles.has(payload.requesterId, 'psd'))) {
            res.status(403);
            res.json({ code: 'FORBIDDEN', message: 'This export is for Professional Standards only.' });
            return;
          }
          // Single use: a link that leaks after it was used (a forwarded message, a proxy log) opens nothing.
          if (!(await store.activities.claimActivity(`download:${createHash('sha256').update(token).digest('hex')}`, clock.now()))) {
            res.status(410);
            res.json({ code: 'DOWNLOAD_USED', message: 'This download link has already been used. Ask the bot for the report again.' });
            return;
          }
          const file = await downloadExport(store, { token, secret: config.downloadLinkSecret, now: clock.now(), resolveClause: clauseResolver(services), queries: services.reportQueries });
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
            res.status(error.kind === 'expired' ? 410 : error.kind === 'tampered' ? 403 : 400);
            res.json({ code: `DOWNLOAD_${error.kind.toUpperCase()}`, message: error.userMessage });
            return;
          }
          logger.error({ err: error }, 'download failed');
          res.status(500);
          res.json({ code: 'INTERNAL', message: 'The export could not be produced.' });
        }
      });
    },
    start() {
      scheduler.start().catch((error: unknown) => logger.error({ err: error }, 'report scheduler failed to start'));
    },
    stop() {
      void scheduler.stop();
    },
  };
}


