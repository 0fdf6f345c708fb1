/** Number and duration wording shared by the summary, the card and the HTML page. */
import type { TrendFigure } from './report-data';

const countFormatter = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return countFormatter.format(n);
}

/** "3 d 4 h", "2 h 5 min", "45 s"; "n/a" for null. Two units are enough to compare at a glance. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return 'n/a';
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(totalSeconds / 86_400);
  const h = Math.floor((totalSeconds % 86_400) / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min`;
  return `${s} s`;
}

/** "+25%", "-10%", "0%", or "up from 0" when the previous period had none (a % of 0 is meaningless). */
export function formatChange(trend: TrendFigure): string {
  if (trend.changePct === null) return 'up from 0';
  if (trend.changePct > 0) return `+${trend.changePct}%`;
  return `${trend.changePct}%`;
}

export function trendLine(label: string, trend: TrendFigure): string {
  return `${label}: ${formatCount(trend.current)} (previous ${formatCount(trend.previous)}, ${formatChange(trend)})`;
}
