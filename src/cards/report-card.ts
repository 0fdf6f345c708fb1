/**
 * The report as an Adaptive Card (schema 1.5) for Teams: figures in a FactSet, plus Teams
 * chart elements (Chart.Donut outcomes, Chart.HorizontalBar detection types and channels,
 * Chart.Line daily flags). Clients without chart support show each chart's
 * TextBlock fallback, and the card's fallbackText is the plain summary.
 * Posters appear only as pseudonyms; post text never appears.
 */
import type { ReportLinks } from '../reports/download-link';
import { formatLondon } from '../reports/london-time';
import type { OutcomeFigures, ReportData } from '../reports/report-data';
import { OUTCOME_LABELS } from '../reports/report-data';
import { formatChange, formatCount, formatDuration } from '../reports/report-format';
import { findingLabel } from '../status/finding-labels';
import { dipSamplingSection } from './report-dip-sampling';
import { adaptiveCard, facts, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';
import { cutGraphemes } from '../text/safe-text';

/**
 * Teams chart colour names, picked from hues that stay apart for red-green colour-blind readers
 * (an Okabe-Ito-like set: blue, orange, vermilion, purple, teal, sky blue, grey). Confirmed and
 * Escalated, the two outcomes read together, are blue and vermilion. Meaning is also in the
 * legend text with its figure, never colour alone.
 */
export const OUTCOME_COLOURS: Record<keyof OutcomeFigures, string> = {
  open: 'categoricalOrange',
  dismissed: 'neutral',
  confirmed: 'categoricalBlue',
  escalated: 'categoricalRed',
  appealed: 'categoricalPurple',
  resolvedEdited: 'categoricalTeal',
  resolvedDeleted: 'categoricalLightBlue',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-24" -> "24 Nov": short enough that a phone does not cut it to "Nove…". */
export function shortDay(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]}`;
}

/**
 * Day labels for the per-day chart: the day of the month ("24"), with the month(s) in the axis
 * title ("Day (Nov)", "Day (Oct–Nov)"). Even "24 Nov" was cut to "24 …" at 340 px (a phone) over
 * a week of days, as "November 24" was cut to "Nove…" before.
 */
export function dayAxis(isoDates: string[]): { title: string; labels: string[] } {
  const months = [...new Set(isoDates.map((date) => MONTHS[Number(date.split('-')[1] ?? 1) - 1]))];
  const span = months.length > 1 ? `${months[0]}–${months.at(-1)}` : (months[0] ?? '');
  return { title: span ? `Day (${span})` : 'Day', labels: isoDates.map((date) => String(Number(date.split('-')[2]))) };
}

/** A y-axis top that is a multiple of 4 (at least 4), so the chart's four or five ticks land on whole numbers. */
export function integerAxisMax(values: number[]): number {
  return Math.max(4, Math.ceil(Math.max(0, ...values) / 4) * 4);
}

/** Keeps the card well under Teams' ~28 KB payload limit on busy networks. */
const MAX_BARS = 10;

export type ReportCardLinks = ReportLinks;

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
  body.push(subtle(footnote(report)));

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
    ...chart(
      {
        type: 'Chart.Donut',
        title: 'Outcomes of flags raised',
        // The figure is in the legend text, so the numbers are readable without hovering.
        data: outcomeKeys.map((k) => ({ legend: `${OUTCOME_LABELS[k]}: ${formatCount(o[k])}`, value: o[k], color: OUTCOME_COLOURS[k] })),
      },
      `Outcomes: ${outcomeKeys.map((k) => `${OUTCOME_LABELS[k]} ${o[k]}`).join(', ')}`,
    ),
    ...chart(
      {
        // Horizontal bars with their values and no axis: Teams scales a vertical bar chart's axis
        // to the largest bar and ignores yMax (seen in the Agents Playground: ticks of 0.25, 0.5,
        // 0.75 for one flag), and on a phone a type's name gets the card's width, not a column's.
        type: 'Chart.HorizontalBar',
        title: 'Flags by detection type',
        colorSet: 'categorical',
        displayMode: 'AbsoluteNoAxis',
        showBarValues: true,
        data: types.map((d) => ({ x: typeLabel(d.type), y: d.count })),
      },
      `By detection type: ${types.map((d) => `${typeLabel(d.type)} ${d.count}`).join(', ')}`,
    ),
  ];
  if (channels.length > 0) {
    const label = (c: (typeof channels)[number]) => cutGraphemes(c.channelName ?? 'Unnamed channel', 40);
    out.push(
      ...chart(
        {
          type: 'Chart.HorizontalBar',
          title: 'Flags by channel',
          colorSet: 'categorical',
          // Bar values instead of an axis: no fractional ticks, and the name has the width on a phone.
          displayMode: 'AbsoluteNoAxis',
          showBarValues: true,
          data: channels.map((c) => ({ x: label(c), y: c.flagsRaised })),
        },
        `By channel: ${channels.map((c) => `${plainText(label(c))} ${c.flagsRaised}`).join(', ')}`,
      ),
    );
  }
  if (report.daily.length > 1) {
    const days = dayAxis(report.daily.map((d) => d.date));
    out.push(
      ...chart(
        {
          type: 'Chart.Line',
          title: 'Flags raised per day (UK time)',
          xAxisTitle: days.title,
          yAxisTitle: 'Flags',
          yMin: 0,
          yMax: integerAxisMax(report.daily.map((d) => d.flagged)),
          data: [{ legend: 'Flags raised', values: report.daily.map((d, i) => ({ x: days.labels[i]!, y: d.flagged })) }],
        },
        `Per day: ${report.daily.map((d) => `${shortDay(d.date)} ${d.flagged}`).join(', ')}`,
      ),
    );
  }
  return out;
}

/** Detection types in words ("Phone", "Email address"), short enough for a bar label. */
function typeLabel(type: string): string {
  const words = findingLabel(type).replace(/^(a|an) /, '').replace(/^someone's /, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Says only what this card shows. */
function footnote(report: ReportData): string {
  const parts = ['Changes (+/- %) compare with the previous period of the same length.'];
  if (report.repeatPosters.length > 0) parts.push('Repeat posters are shown by pseudonym; the CSV export has names.');
  parts.push('Post text is never included.');
  return parts.join(' ');
}

/**
 * Each chart gets its title as a TextBlock above it: Teams' chart renderer (as seen in the Agents
 * Playground) does not draw a chart's own `title`, which left two unlabelled bars ("Phone number 1",
 * "Response Team 1") on the card. Each chart also carries a text fallback for hosts that do not
 * know Chart.* elements.
 */
function chart(element: CardElement & { title: string }, fallbackText: string): CardElement[] {
  const { title, ...drawn } = element;
  return [
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true, separator: true, spacing: 'Medium' },
    { ...drawn, spacing: 'Small', fallback: { type: 'TextBlock', text: fallbackText, wrap: true } },
  ];
}

/** Pseudonyms only, and at most MAX_BARS of them: the PSD export has the full list with names. */
function repeatPostersText(report: ReportData): string {
  const posters = report.repeatPosters;
  if (posters.length === 0) return 'None';
  const shown = posters.slice(0, MAX_BARS).map((p) => `${p.pseudonym} (${p.confirmedFlags})`).join(', ');
  return posters.length > MAX_BARS ? `${shown} and ${posters.length - MAX_BARS} more` : shown;
}
