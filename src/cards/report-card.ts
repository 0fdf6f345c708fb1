/**
 * The report as an Adaptive Card (schema 1.5) for Teams: figures in a FactSet, plus Teams
 * chart elements (Chart.Donut outcomes, Chart.VerticalBar detection types, Chart.HorizontalBar
 * channels, Chart.Line daily flags). Clients without chart support show each chart's
 * TextBlock fallback, and the card's fallbackText is the plain summary.
 * Posters appear only as pseudonyms; post text never appears.
 */
import { formatLondon } from '../reports/london-time';
import type { OutcomeFigures, ReportData } from '../reports/report-data';
import { OUTCOME_LABELS } from '../reports/report-data';
import { formatChange, formatCount, formatDuration } from '../reports/report-format';
import { dipSamplingSection } from './report-dip-sampling';
import { adaptiveCard, facts, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';

/** Teams chart colour names (ChartColor): meaning is also in the legend text, never colour alone. */
const OUTCOME_COLOURS: Record<keyof OutcomeFigures, string> = {
  open: 'warning',
  dismissed: 'neutral',
  confirmed: 'attention',
  escalated: 'categoricalRed',
  appealed: 'categoricalPurple',
  resolvedEdited: 'good',
  resolvedDeleted: 'categoricalTeal',
};

/** Keeps the card well under Teams' ~28 KB payload limit on busy networks. */
const MAX_BARS = 10;

export interface ReportCardLinks {
  html?: string;
  csv?: string;
  json?: string;
}

export function reportCard(report: ReportData, links: ReportCardLinks = {}): AdaptiveCard {
  const t = report.timeToFirstAction;
  const body: CardElement[] = [
    heading(`PSD report: ${report.period.label}`, 'Large'),
    subtle(`${formatLondon(report.period.from)} to ${formatLondon(report.period.to)}. Generated ${formatLondon(report.generatedAt)}.`),
    facts([
      ['Posts scanned', `${formatCount(report.posts.scanned)} (${formatChange(report.trend.scanned)})`],
      ['Posts flagged', formatCount(report.posts.flagged)],
      ['Flags raised', `${formatCount(report.flagsRaised)} (${formatChange(report.trend.flagged)})`],
      ['Confirmed or escalated', `${formatCount(report.trend.confirmed.current)} (${formatChange(report.trend.confirmed)})`],
      ['Median time to first action', formatDuration(t.medianMs)],
      ['Slowest first action', `${formatDuration(t.slowestMs)}${t.slowestFlagId ? ` (${t.slowestFlagId})` : ''}`],
      [`Waiting > ${report.overdue.thresholdHours} h now`, formatCount(report.overdue.count)],
      ['Repeat posters (3+ confirmed, 90 days)', repeatPostersText(report)],
    ]),
  ];

  body.push(...dipSamplingSection(report));
  if (report.flagsRaised === 0) {
    body.push(paragraph('No flags were raised in this period.', { separator: true }));
  } else {
    body.push(...charts(report));
  }
  body.push(subtle('Percentages compare with the previous period of the same length. Posters are shown by pseudonym; the PSD export has names. Post text is never included.'));

  const actions: CardElement[] = [];
  if (links.html) actions.push({ type: 'Action.OpenUrl', title: 'Download report (HTML)', url: links.html });
  if (links.csv) actions.push({ type: 'Action.OpenUrl', title: 'Download flags (CSV)', url: links.csv });
  if (links.json) actions.push({ type: 'Action.OpenUrl', title: 'Download data (JSON)', url: links.json });

  return adaptiveCard(body, {
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: report.summary,
    msteams: { width: 'Full' },
  });
}

function charts(report: ReportData): CardElement[] {
  const o = report.outcomes;
  const outcomeKeys = (Object.keys(OUTCOME_LABELS) as Array<keyof OutcomeFigures>).filter((k) => o[k] > 0);
  const types = report.byDetectionType.slice(0, MAX_BARS);
  const channels = report.byChannel.filter((c) => c.flagsRaised > 0).slice(0, MAX_BARS);
  const out: CardElement[] = [
    chart(
      {
        type: 'Chart.Donut',
        title: 'Outcomes of flags raised',
        data: outcomeKeys.map((k) => ({ legend: OUTCOME_LABELS[k], value: o[k], color: OUTCOME_COLOURS[k] })),
      },
      `Outcomes: ${outcomeKeys.map((k) => `${OUTCOME_LABELS[k]} ${o[k]}`).join(', ')}`,
    ),
    chart(
      {
        type: 'Chart.VerticalBar',
        title: 'Flags by detection type',
        xAxisTitle: 'Detection type',
        yAxisTitle: 'Flags',
        colorSet: 'categorical',
        showBarValues: true,
        data: types.map((d) => ({ x: d.type, y: d.count })),
      },
      `By detection type: ${types.map((d) => `${d.type} ${d.count}`).join(', ')}`,
    ),
  ];
  if (channels.length > 0) {
    const label = (c: (typeof channels)[number]) => (c.channelName ?? c.channelId).slice(0, 40);
    out.push(
      chart(
        {
          type: 'Chart.HorizontalBar',
          title: 'Flags by channel',
          colorSet: 'categorical',
          displayMode: 'AbsoluteWithAxis',
          data: channels.map((c) => ({ x: label(c), y: c.flagsRaised })),
        },
        `By channel: ${channels.map((c) => `${plainText(label(c))} ${c.flagsRaised}`).join(', ')}`,
      ),
    );
  }
  if (report.daily.length > 1) {
    out.push(
      chart(
        {
          type: 'Chart.Line',
          title: 'Flags raised per day (UK time)',
          xAxisTitle: 'Day',
          yAxisTitle: 'Flags',
          data: [{ legend: 'Flags raised', values: report.daily.map((d) => ({ x: d.date, y: d.flagged })) }],
        },
        `Per day: ${report.daily.map((d) => `${d.date.slice(5)} ${d.flagged}`).join(', ')}`,
      ),
    );
  }
  return out;
}

/** Each chart carries its own text fallback for hosts that do not know Chart.* elements. */
function chart(element: CardElement, fallbackText: string): CardElement {
  return { ...element, separator: true, fallback: { type: 'TextBlock', text: fallbackText, wrap: true } };
}

/** Pseudonyms only, and at most MAX_BARS of them: the PSD export has the full list with names. */
function repeatPostersText(report: ReportData): string {
  const posters = report.repeatPosters;
  if (posters.length === 0) return 'None';
  const shown = posters.slice(0, MAX_BARS).map((p) => `${p.pseudonym} (${p.confirmedFlags})`).join(', ');
  return posters.length > MAX_BARS ? `${shown} and ${posters.length - MAX_BARS} more` : shown;
}
