/**
 * The plain-text version of a report: card fallbackText (clients without chart support),
 * CLI output and the top of the HTML page. Pseudonyms only: it may be shown in a channel.
 */
import { formatLondon } from './london-time';
import type { ReportData } from './report-data';
import { OUTCOME_LABELS } from './report-data';
import { formatCount, formatDuration, trendLine } from './report-format';

export function buildSummary(data: Omit<ReportData, 'summary'>): string {
  const o = data.outcomes;
  const lines = [
    `PSD report, ${data.period.label} (${formatLondon(data.period.from)} to ${formatLondon(data.period.to)}).`,
    `Posts scanned: ${formatCount(data.posts.scanned)}; posts flagged: ${formatCount(data.posts.flagged)}; flags raised: ${formatCount(data.flagsRaised)} (${formatCount(data.bySource.scan)} by scan, ${formatCount(data.bySource.report)} reported by staff).`,
    `Outcomes: ${(Object.keys(OUTCOME_LABELS) as Array<keyof typeof o>).map((k) => `${OUTCOME_LABELS[k]} ${formatCount(o[k])}`).join(', ')}.`,
    `Time to first moderator action: median ${formatDuration(data.timeToFirstAction.medianMs)}, slowest ${formatDuration(data.timeToFirstAction.slowestMs)}${data.timeToFirstAction.slowestFlagId ? ` (${data.timeToFirstAction.slowestFlagId})` : ''}; ${formatCount(data.timeToFirstAction.awaitingFirstAction)} awaiting first action.`,
    `Waiting more than ${data.overdue.thresholdHours} hours now: ${formatCount(data.overdue.count)}.`,
  ];
  if (data.byDetectionType.length > 0) {
    lines.push(`By detection type: ${data.byDetectionType.slice(0, 8).map((t) => `${t.type} ${formatCount(t.count)}`).join(', ')}.`);
  }
  const flaggedChannels = data.byChannel.filter((c) => c.flagsRaised > 0);
  if (flaggedChannels.length > 0) {
    lines.push(`By channel: ${flaggedChannels.slice(0, 8).map((c) => `${c.channelName ?? c.channelId} ${formatCount(c.flagsRaised)}`).join(', ')}.`);
  }
  lines.push(
    `Repeat posters (3+ confirmed in 90 days): ${data.repeatPosters.length === 0 ? 'none' : data.repeatPosters.slice(0, 10).map((p) => `${p.pseudonym} (${p.confirmedFlags})`).join(', ')}${data.repeatPosters.length > 10 ? ` and ${data.repeatPosters.length - 10} more` : ''}.`,
    `Against the previous period: ${[
      trendLine('scanned', data.trend.scanned),
      trendLine('flagged', data.trend.flagged),
      trendLine('confirmed', data.trend.confirmed),
    ].join('; ')}.`,
  );
  return lines.join('\n');
}
