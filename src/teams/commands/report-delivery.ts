/**
 * How reports and exports reach a PSD member in Teams: the report card with signed download
 * links, and the CSV export through the Teams file consent card (uploaded on accept by
 * teams/routes/file-consent-route.ts).
 */
import { reportCard } from '../../cards/report-card';
import { exportReport } from '../../reports/export-report';
import type { ReportPeriod } from '../../reports/report-period';
import { viewReport, type DownloadLinkOptions } from '../../reports/report-use-cases';
import type { BotServices } from '../bot-services';
import type { CommandContext } from './command-context';
import { sendPrivately } from './psd-delivery';

/** What report viewing needs. */
export type ReportDeliveryDeps = Pick<BotServices, 'config' | 'clock' | 'store' | 'exportClauses' | 'reportQueries'>;

/** The signed links' base URL, secret and lifetime; the /downloads route (src/http) checks them. */
function linkOptions(services: ReportDeliveryDeps): DownloadLinkOptions {
  return { baseUrl: `${services.config.publicBaseUrl}/downloads`, secret: services.config.downloadLinkSecret, ttlMinutes: services.config.downloadLinkTtlMinutes };
}

/** `report [period]`: figures, charts and download links; the viewing is audited. */
export async function showReport(services: ReportDeliveryDeps, text: string, requester: { id: string; name: string }, options: { withLinks: boolean }) {
  const shown = await viewReport(services.store, { text, requesterId: requester.id, requesterName: requester.name, now: services.clock.now(), links: options.withLinks ? linkOptions(services) : undefined, queries: services.reportQueries });
  return { ...shown, card: reportCard(shown.report, shown.links) };
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
  const file = await exportReport(services.store, period, 'csv', services.clock.now(), services.exportClauses, services.reportQueries);
  const consentContext = { kind: 'psd-export', from: period.from.toISOString(), to: period.to.toISOString() };
  const consent = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.consent', name: file.fileName, content: { description: `PSD flag export (CSV, ${file.rowCount} rows, one per flag)`, sizeInBytes: Buffer.byteLength(file.body), acceptContext: consentContext, declineContext: consentContext } }],
  };
  if (privately) return sendPrivately(ctx, consent, 'export');
  await context.sendActivity(consent);
}
