/**
 * The self-contained HTML report for PSD: one file, inline CSS and SVG, no scripts, readable
 * on screen and on paper. It is a PSD export, so repeat posters appear by name here (cards
 * only ever show pseudonyms). Post text is never included.
 */
import type { ExportRow } from './export-rows';
import { escapeHtml as e } from './html-escape';
import { EXPORT_NOTE } from './json-export';
import { formatLondon } from './london-time';
import type { ReportData } from './report-data';
import { OUTCOME_LABELS } from './report-data';
import { formatChange, formatCount, formatDuration } from './report-format';
import { dipSamplingLines, operationalLines } from './dip-sampling-figures';
import { membershipLines } from './membership-figures';
import { barChartSvg, donutChartSvg, lineChartSvg } from './svg-charts';
import { isTeamsMessageLink } from '../text/teams-link';

export const REPORT_STYLE = `
  body { font-family: "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 2rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
  .meta { color: #555; } .note { background: #f3f3f3; padding: .5rem .8rem; border-left: 4px solid #0072B2; }
  table { border-collapse: collapse; width: 100%; font-size: .85rem; } th, td { border: 1px solid #bbb; padding: .3rem .4rem; text-align: left; vertical-align: top; }
  th { background: #eee; } td.num { text-align: right; } ul.actions { margin: 0; padding-left: 1rem; }
  .charts { display: flex; flex-wrap: wrap; gap: 1.5rem; } figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
  svg text { font-family: inherit; font-size: 12px; fill: #1b1b1b; } svg .chart-total { font-size: 22px; font-weight: 700; }
  @media print {
    body { margin: 0; font-size: 10pt; } .charts { display: block; } figure { break-inside: avoid; margin-bottom: 1rem; }
    table { font-size: 8pt; } tr { break-inside: avoid; } thead { display: table-header-group; } a { color: inherit; text-decoration: none; }
  }`;

export function renderReportHtml(report: ReportData, rows: ExportRow[], title = 'Personal information in staff channels: PSD report'): string {
  const o = report.outcomes;
  const figureRows: Array<[string, string]> = [
    ['Posts scanned', `${formatCount(report.posts.scanned)} (${formatChange(report.trend.scanned)} against the previous period)`],
    ['Posts flagged', formatCount(report.posts.flagged)],
    ['Flags raised', `${formatCount(report.flagsRaised)} (${formatChange(report.trend.flagged)}; ${report.bySource.scan} by scan, ${report.bySource.report} reported by staff)`],
    ['Confirmed or escalated', `${formatCount(report.trend.confirmed.current)} (${formatChange(report.trend.confirmed)})`],
    ...(Object.keys(OUTCOME_LABELS) as Array<keyof typeof o>).map((k): [string, string] => [`Outcome: ${OUTCOME_LABELS[k]}`, formatCount(o[k])]),
    ['Median time to first action', formatDuration(report.timeToFirstAction.medianMs)],
    ['Slowest first action', `${formatDuration(report.timeToFirstAction.slowestMs)}${report.timeToFirstAction.slowestFlagId ? ` (${report.timeToFirstAction.slowestFlagId})` : ''}`],
    [`Waiting more than ${report.overdue.thresholdHours} hours now`, formatCount(report.overdue.count)],
  ];
  const charts = [
    barChartSvg('chart-types', 'Flags by detection type', report.byDetectionType.map((t) => ({ label: t.type, value: t.count }))),
    donutChartSvg('chart-outcomes', 'Outcomes of flags raised', (Object.keys(OUTCOME_LABELS) as Array<keyof typeof o>).map((k) => ({ label: OUTCOME_LABELS[k], value: o[k] }))),
    lineChartSvg('chart-daily', 'Flags raised per day (UK time)', report.daily.map((d) => ({ label: d.date, value: d.flagged }))),
  ];
  const captions = ['Flags by detection type', 'Outcomes', 'Flags per day'];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} (${e(report.period.label)})</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">Period: ${e(formatLondon(report.period.from))} to ${e(formatLondon(report.period.to))} (${e(report.period.label)}). Generated ${e(formatLondon(report.generatedAt))}.</p>
<p class="note">${e(EXPORT_NOTE)} OFFICIAL-SENSITIVE: contains names of staff.</p>
</header>
<main>
<section aria-labelledby="h-figures"><h2 id="h-figures">Figures</h2>
<table class="figures"><tbody>
${figureRows.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody></table></section>
${report.dipSampling ? `<section aria-labelledby="h-dip"><h2 id="h-dip">Dip-sampling of unflagged posts</h2>
<table class="figures"><tbody>
${dipSamplingLines(report.dipSampling).map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody></table></section>` : ''}
${report.operationalNudges ? `<section aria-labelledby="h-operational"><h2 id="h-operational">Live-incident and on-call posts</h2>
<table class="figures"><tbody>
${operationalLines(report.operationalNudges).map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody></table></section>` : ''}
${report.membership ? `<section aria-labelledby="h-membership"><h2 id="h-membership">External members and leavers</h2>
<table class="figures"><tbody>
${membershipLines(report.membership).map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody></table></section>` : ''}
<section aria-labelledby="h-charts"><h2 id="h-charts">Charts</h2>
<div class="charts">
${charts.map((svg, i) => `<figure><figcaption>${e(captions[i])}</figcaption>${svg}</figure>`).join('\n')}
</div></section>
<section aria-labelledby="h-channels"><h2 id="h-channels">By channel</h2>
${table(['Channel', 'Posts scanned', 'Posts flagged', 'Flags raised'], report.byChannel.map((c) => [e(c.channelName ?? c.channelId), num(c.postsScanned), num(c.postsFlagged), num(c.flagsRaised)]))}
</section>
<section aria-labelledby="h-repeat"><h2 id="h-repeat">Repeat posters (3 or more confirmed flags in the 90 days to period end)</h2>
${report.repeatPosters.length === 0 ? '<p>None.</p>' : table(['Name', 'Poster ID', 'Pseudonym (as shown in Teams)', 'Confirmed flags'], report.repeatPosters.map((p) => [e(p.posterName ?? 'unknown'), e(p.posterId), e(p.pseudonym), num(p.confirmedFlags)]))}
</section>
<section aria-labelledby="h-flags"><h2 id="h-flags">Flags (${rows.length})</h2>
${rows.length === 0 ? '<p>No flags in this period.</p>' : table(
    ['Flag', 'Detected (UK time)', 'Channel', 'Poster', 'Types', 'Masked values', 'Policy clauses', 'State', 'Actions', 'Days pending', 'Appeal / escalation reason'],
    rows.map((r) => [
      isTeamsMessageLink(r.deepLink) ? `<a href="${e(r.deepLink)}">${e(r.flagId)}</a>` : e(r.flagId),
      e(r.detectedAtLondon),
      e(r.channelName ?? r.channelId),
      `${e(r.posterName ?? '')}<br><small>${e(r.posterId)}</small>`,
      e(r.detectionTypes.join(', ')),
      e(r.maskedValues.join(', ')),
      e(r.policyClauses.join('; ')),
      e(r.state),
      r.actions.length === 0 ? '' : `<ul class="actions">${r.actions.map((a) => `<li>${e(a.atLondon)}: ${e(a.action)} by ${e(a.actorName ?? a.actorId ?? 'system')}${a.reason ? ` (${e(a.reason)})` : ''}</li>`).join('')}</ul>`,
      r.daysPending === null ? '' : num(r.daysPending),
      [r.appealReason ? `Appeal: ${e(r.appealReason)}` : '', r.escalationReason ? `Escalation: ${e(r.escalationReason)}` : ''].filter(Boolean).join('<br>'),
    ]),
  )}
</section>
</main>
</body>
</html>
`;
}

/** Cells are already-escaped HTML. */
export function table(headers: string[], rows: string[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`;
}

export function num(n: number): string {
  return `<td class="num">${formatCount(n)}</td>`;
}
