import type { TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { PSD_CHANNEL_KEY, type ChannelSetting } from '../moderation/channel-settings';
import { buildReport } from '../reports/build-report';
import { renderCsv } from '../reports/csv-export';
import { createDownloadToken, DownloadTokenError, verifyDownloadToken, type ExportFormat } from '../reports/download-link';
import { createReportEnqueuer } from '../reports/enqueue-report';
import { loadExportRows } from '../reports/export-rows';
import { renderReportHtml } from '../reports/html-export';
import { renderJson } from '../reports/json-export';
import { createReportScheduler, type ReportScheduler } from '../reports/report-scheduler';
import type { Period } from '../ports/store';
import type { CommandContext } from '../teams/commands/command-context';
import type { FileConsentHandlers } from '../teams/routes/file-consent-route';
import type { BotServices } from './services';

export interface ReportFeature {
  scheduler: ReportScheduler;
  fileConsent: FileConsentHandlers;
  registerRoutes(server: Server): void;
  start(): void;
  stop(): void;
}

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', html: 'text/html; charset=utf-8', json: 'application/json; charset=utf-8' };

/** The export file for a period, in one format. Never contains post text (see docs/reports.md). */
export async function renderExport(services: BotServices, period: Period, format: ExportFormat): Promise<string> {
  const now = services.clock.now();
  const resolve = (topic: string) => {
    const clause = services.policy.clauseForTopic(topic as Parameters<BotServices['policy']['clauseForTopic']>[0]);
    return clause ? `${clause.clauseId} (section ${clause.section}): ${clause.text}` : undefined;
  };
  const rows = await loadExportRows(services.store, period, now, resolve);
  if (format === 'csv') return renderCsv(rows);
  const report = await buildReport(services.store, period, now);
  return format === 'html' ? renderReportHtml(report, rows) : renderJson(report, rows);
}

/** Short-lived signed links for the report card's download buttons. */
export function exportLinks(services: BotServices, period: Period, requesterId: string): { csv: string; html: string } {
  // The token goes in the query string: restify's router caps path parameters at 100 characters.
  const link = (format: ExportFormat) => `${services.config.publicBaseUrl}/downloads?token=${createDownloadToken({ from: period.from, to: period.to, format, requesterId }, services.config.downloadLinkSecret, services.clock.now(), services.config.downloadLinkTtlMinutes)}`;
  return { csv: link('csv'), html: link('html') };
}

const fileName = (period: Period) => `psd-flags-${period.from.toISOString().slice(0, 10)}-to-${period.to.toISOString().slice(0, 10)}.csv`;

/**
 * Export delivery. In 1:1 chat the Teams file consent card puts the CSV in the requester's
 * OneDrive; in a channel or group chat a short-lived signed link is posted instead.
 */
export async function sendExport(ctx: CommandContext, period: Period, actor: { id: string; name: string }): Promise<void> {
  const { services, context } = ctx;
  await services.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'report.export', target: null, details: { from: period.from.toISOString(), to: period.to.toISOString(), format: 'csv', route: ctx.place.conversationType === 'personal' ? 'file_consent' : 'link' }, at: services.clock.now() });
  if (ctx.place.conversationType === 'personal') {
    const csv = await renderExport(services, period, 'csv');
    const consentContext = { kind: 'psd-export', from: period.from.toISOString(), to: period.to.toISOString() };
    await context.sendActivity({
      attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.consent', name: fileName(period), content: { description: 'PSD flag export (CSV, one row per flag)', sizeInBytes: Buffer.byteLength(csv), acceptContext: consentContext, declineContext: consentContext } }],
    });
    return;
  }
  const { csv } = exportLinks(services, period, actor.id);
  await context.sendActivity(`Here is the CSV export for ${period.from.toISOString().slice(0, 10)} to ${period.to.toISOString().slice(0, 10)}. The link works for ${services.config.downloadLinkTtlMinutes} minutes: ${csv}`);
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
      const csv = Buffer.from(await renderExport(services, period, 'csv'));
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
        const token = typeof req.query?.token === 'string' ? req.query.token : '';
        try {
          const payload = verifyDownloadToken(token, config.downloadLinkSecret, clock.now());
          // The role is checked again at download time: a link outlives nothing but its 15 minutes.
          if (!(await services.roles.has(payload.requesterId, 'psd'))) {
            res.status(403);
            res.json({ code: 'FORBIDDEN', message: 'This export is for Professional Standards only.' });
            return;
          }
          const body = await renderExport(services, payload, payload.format);
          await store.audit.append({ actorId: payload.requesterId, action: 'report.download', target: null, details: { route: 'link', format: payload.format, from: payload.from.toISOString(), to: payload.to.toISOString() }, at: clock.now() });
          res.status(200);
          res.header('Content-Type', CONTENT_TYPES[payload.format]);
          res.header('Cache-Control', 'no-store');
          res.header('Content-Disposition', `${payload.format === 'html' ? 'inline' : 'attachment'}; filename="psd-report.${payload.format}"`);
          res.sendRaw(body);
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


