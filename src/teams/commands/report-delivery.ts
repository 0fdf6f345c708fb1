/**
 * How reports and exports reach a PSD member in Teams: the report card with signed download
 * links, and the CSV export through the Teams file consent card (uploaded on accept by
 * teams/routes/file-consent-route.ts).
 */
import { reportCard } from '../../cards/report-card';
import type { ExportFile } from '../../reports/export-report';
import type { ReportPeriod } from '../../reports/report-period';
import type { DownloadLinkOptions, viewReport } from '../../reports/report-use-cases';
import type { AuditLogRepo } from '../../ports/audit-log-repo';
import type { Clock } from '../../ports/clock';
import type { CommandContext } from './command-context';
import { sendPrivately, type PsdDeliveryDeps } from './psd-delivery';

/** What report viewing and export use. */
export interface ReportDeliveryDeps extends PsdDeliveryDeps {
  /** The audit log (every export is recorded), beside what PSD delivery uses. */
  readonly store: PsdDeliveryDeps['store'] & { readonly audit: AuditLogRepo };
  readonly clock: Clock;
  /** The signed links' base URL, secret and lifetime; the /downloads route (src/http) checks them. */
  readonly downloadLinks: DownloadLinkOptions;
  /** The report for a period (reports/report-use-cases.ts), over the store's SQL aggregates; the viewing is audited. */
  readonly viewReport: (input: Omit<Parameters<typeof viewReport>[1], 'queries'>) => ReturnType<typeof viewReport>;
  /** The period's CSV export with its "policy clauses offended" column (reports/export-report.ts). */
  readonly exportCsv: (period: ReportPeriod, now: Date) => Promise<ExportFile>;
}

/** `report [period]`: figures, charts and download links; the viewing is audited. */
export async function showReport(deps: Pick<ReportDeliveryDeps, 'viewReport' | 'clock' | 'downloadLinks'>, text: string, requester: { id: string; name: string }, options: { withLinks: boolean }) {
  const shown = await deps.viewReport({ text, requesterId: requester.id, requesterName: requester.name, now: deps.clock.now(), links: options.withLinks ? deps.downloadLinks : undefined });
  return { ...shown, card: reportCard(shown.report, shown.links) };
}

/**
 * Export delivery: always the Teams file consent card in the requester's 1:1 chat. When they
 * accept, Teams hands the bot an upload URL in their own OneDrive, so the file reaches only
 * the person who asked (an authenticated, role-checked step), and no link to it is ever
 * posted. Asked anywhere else, the card is sent to the 1:1 chat and the bot says so.
 */
export async function sendExport(ctx: CommandContext<CommandContext['command'], ReportDeliveryDeps>, period: ReportPeriod, actor: { id: string; name: string }): Promise<void> {
  const { deps, context } = ctx;
  const privately = ctx.place.conversationType !== 'personal';
  await deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'report.export', target: null, details: { from: period.from.toISOString(), to: period.to.toISOString(), format: 'csv', route: 'file_consent', sentPrivately: privately }, at: deps.clock.now() });
  const file = await deps.exportCsv(period, deps.clock.now());
  const consentContext = { kind: 'psd-export', from: period.from.toISOString(), to: period.to.toISOString() };
  const consent = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.consent', name: file.fileName, content: { description: `PSD flag export (CSV, ${file.rowCount} rows, one per flag)`, sizeInBytes: Buffer.byteLength(file.body), acceptContext: consentContext, declineContext: consentContext } }],
  };
  if (privately) return sendPrivately(ctx, consent, 'export');
  await context.sendActivity(consent);
}
