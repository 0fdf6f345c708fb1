/**
 * The report use cases the Teams commands and the download route call. Each one audits what
 * it shows or hands out (ids, formats and counts only), so PSD can see who saw which figures.
 */
import type { Store } from '../ports/store';
import { buildReport } from './build-report';
import { createDownloadToken, verifyDownloadToken, type ExportFormat, type ReportLinks } from './download-link';
import { exportReport, type ExportFile } from './export-report';
import type { ClauseResolver } from './export-rows';
import type { ReportData } from './report-data';
import { parseReportPeriod, type ReportPeriod } from './report-period';
import type { ReportQueries } from '../ports/report-queries';

export interface DownloadLinkOptions {
  /** e.g. "https://bot.example.police.uk/reports/download": the token goes in ?t= */
  baseUrl: string;
  secret: string | Buffer;
  ttlMinutes?: number;
}

/** Signed links for the card buttons, one per format. */
export function downloadLinks(period: ReportPeriod, requesterId: string, now: Date, opts: DownloadLinkOptions): ReportLinks {
  const link = (format: ExportFormat) => {
    const token = createDownloadToken({ from: period.from, to: period.to, format, requesterId }, opts.secret, now, opts.ttlMinutes ?? 15);
    return `${opts.baseUrl}?t=${token}`;
  };
  return { html: link('html'), csv: link('csv'), json: link('json') };
}

/**
 * `report [period]` in Teams: parse (throws ReportPeriodError with a friendly userMessage),
 * build, audit 'report.view', return the figures (the Teams adapter renders the card). Pass
 * `links` for signed download buttons.
 */
export async function viewReport(
  store: Store,
  input: { text: string; requesterId: string; requesterName?: string | null; now: Date; links?: DownloadLinkOptions; queries?: ReportQueries },
): Promise<{ report: ReportData; links: ReportLinks; period: ReportPeriod }> {
  const period = parseReportPeriod(input.text, input.now);
  const report = await buildReport(store, period, input.now, input.queries);
  await store.audit.append({
    actorId: input.requesterId,
    actorName: input.requesterName ?? null,
    action: 'report.view',
    details: { from: period.from.toISOString(), to: period.to.toISOString(), flagsRaised: report.flagsRaised },
  });
  const links = input.links ? downloadLinks(period, input.requesterId, input.now, input.links) : {};
  return { report, links, period };
}

/**
 * The download route: verify the token (throws DownloadTokenError: expired -> 410, else 403),
 * render the export, audit 'report.download' against the person the link was issued to.
 */
export async function downloadExport(
  store: Store,
  input: { token: string; secret: string | Buffer; now: Date; resolveClause: ClauseResolver; queries?: ReportQueries },
): Promise<ExportFile> {
  const payload = verifyDownloadToken(input.token, input.secret, input.now);
  const file = await exportReport(store, payload, payload.format, input.now, input.resolveClause, input.queries);
  await store.audit.append({
    actorId: payload.requesterId,
    action: 'report.download',
    details: { format: payload.format, from: payload.from.toISOString(), to: payload.to.toISOString(), rows: file.rowCount },
  });
  return file;
}
