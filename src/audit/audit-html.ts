/**
 * The audit's HTML summary: the PSD report's look and charts (src/reports: svg-charts, the
 * report style, pseudonyms) over what the export holds: findings by type, by group or channel,
 * by year, and the top posters by pseudonym. Names never appear here; the key file maps
 * pseudonyms to people and only PSD gets it.
 */
import { escapeHtml as e } from '../reports/html-escape';
import { num, REPORT_STYLE, table } from '../reports/html-export';
import { formatCount } from '../reports/report-format';
import { barChartSvg, donutChartSvg, type ChartDatum } from '../reports/svg-charts';
import type { AuditSummary, Count } from './audit-rows';
import { MALFORMED_LISTED } from './audit-tally';
import type { MalformedRow } from './audit-types';

export interface AuditHtmlInput {
  summary: AuditSummary;
  source: string;
  generatedAt: Date;
  notes: string[];
  malformed: MalformedRow[];
  elapsedMs: number;
}

/** Bar charts stay legible with ten bars; the rest are summed as "other" (the tables list all). */
function top(counts: Count[], n = 10): ChartDatum[] {
  if (counts.length <= n) return counts;
  const rest = counts.slice(n - 1).reduce((sum, c) => sum + c.value, 0);
  return [...counts.slice(0, n - 1), { label: 'other', value: rest }];
}

export function renderAuditHtml(input: AuditHtmlInput): string {
  const { summary: s } = input;
  const c = s.counts;
  const figures: Array<[string, string]> = [
    ['Records read', formatCount(c.read)],
    ['Messages scanned (latest version of each)', formatCount(c.scanned)],
    ['Deleted messages (skipped)', formatCount(c.deleted)],
    ['System messages (skipped)', formatCount(c.system)],
    ['Malformed rows (skipped)', formatCount(c.malformed)],
    ['Flagged versions replaced by a later edit or a deletion', formatCount(c.superseded)],
    ['Messages and files with findings', formatCount(c.flaggedMessages)],
    ['Findings', formatCount(c.findings)],
    ['Files listed in Files.csv / not attached to any message', `${formatCount(c.filesListed)} / ${formatCount(c.filesWithoutMessage)}`],
    ['Audit time', `${(input.elapsedMs / 1000).toFixed(1)} s`],
  ];
  const charts = [
    ['Findings by type', donutChartSvg('chart-types', 'Findings by type', top(s.byType, 8))],
    ['Findings by group or channel', barChartSvg('chart-groups', 'Findings by group or channel', top(s.byGroup))],
    ['Findings by year', barChartSvg('chart-years', 'Findings by year posted', s.byYear)],
    ['Top posters (pseudonyms)', barChartSvg('chart-posters', 'Findings of the top posters, by pseudonym', s.topPosters.map((p) => ({ label: p.pseudonym, value: p.findings })))],
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Network audit: ${e(input.source)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>Network audit: personal information already on the network</h1>
<p class="meta">Export: ${e(input.source)}. Generated ${e(input.generatedAt.toISOString())}.</p>
<p class="note">Masked values only; posters appear by pseudonym (the same pseudonym as on moderator cards). The key from pseudonym to person is a separate file that only Professional Standards receives.</p>
${input.notes.map((n) => `<p class="note">${e(n)}</p>`).join('\n')}
</header>
<main>
<section aria-labelledby="h-figures"><h2 id="h-figures">Figures</h2>
<table class="figures"><tbody>
${figures.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody></table></section>
<section aria-labelledby="h-charts"><h2 id="h-charts">Charts</h2>
<div class="charts">
${charts.map(([caption, svg]) => `<figure><figcaption>${e(caption)}</figcaption>${svg}</figure>`).join('\n')}
</div></section>
<section aria-labelledby="h-types"><h2 id="h-types">By type</h2>${countTable('Type', s.byType)}</section>
<section aria-labelledby="h-groups"><h2 id="h-groups">By group or channel</h2>${countTable('Group or channel', s.byGroup)}</section>
<section aria-labelledby="h-years"><h2 id="h-years">By year</h2>${countTable('Year', s.byYear)}</section>
<section aria-labelledby="h-posters"><h2 id="h-posters">Top posters</h2>
${s.topPosters.length === 0 ? '<p>None.</p>' : table(['Pseudonym', 'Messages with findings', 'Findings'], s.topPosters.map((p) => [e(p.pseudonym), num(p.flaggedMessages), num(p.findings)]))}
</section>
<section aria-labelledby="h-malformed"><h2 id="h-malformed">Rows skipped as malformed (${formatCount(c.malformed)})</h2>
${input.malformed.length === 0 ? '<p>None.</p>' : table(['Where', 'Why'], input.malformed.map((m) => [e(m.where), e(m.reason)]))}
${c.malformed > MALFORMED_LISTED ? `<p>The first ${MALFORMED_LISTED} are listed.</p>` : ''}
</section>
</main>
</body>
</html>
`;
}

function countTable(label: string, counts: Count[]): string {
  return counts.length === 0 ? '<p>None.</p>' : table([label, 'Findings'], counts.map((x) => [e(x.label), num(x.value)]));
}
