/**
 * Dip-sampling figures for PSD. The share of reviewed samples that needed a flag estimates what
 * the detectors miss among unflagged posts; the Wilson score interval gives its 95% range, which
 * stays inside [0, 1] and behaves with small counts and with zero found (where the textbook
 * p ± 1.96·√(p(1-p)/n) collapses to [0, 0]).
 */
import type { DipSampleCounts } from '../ports/dip-samples-repo';

/** The 97.5th percentile of the standard normal: a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

export interface ProportionInterval {
  low: number;
  high: number;
}

/** Wilson score interval for `successes` out of `n`; null when n is 0 (nothing to estimate). */
export function wilsonInterval(successes: number, n: number, z = Z_95): ProportionInterval | null {
  if (!Number.isInteger(n) || n <= 0) return null;
  if (successes < 0 || successes > n) throw new RangeError('successes must be between 0 and n');
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface DipSamplingFigures extends DipSampleCounts {
  /** Sampled but not yet reviewed. */
  pending: number;
  /** flagged / reviewed; null when nothing was reviewed. */
  foundShare: number | null;
  /** Wilson 95% interval for foundShare. */
  interval95: ProportionInterval | null;
}

export function dipSamplingFigures(counts: DipSampleCounts): DipSamplingFigures {
  return {
    ...counts,
    pending: counts.sampled - counts.reviewed,
    foundShare: counts.reviewed > 0 ? counts.flagged / counts.reviewed : null,
    interval95: wilsonInterval(counts.flagged, counts.reviewed),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The figures as labelled lines, shared by the report card and the HTML report. */
export function dipSamplingLines(f: DipSamplingFigures): Array<[string, string]> {
  const estimate =
    f.foundShare === null || !f.interval95
      ? 'No samples reviewed yet'
      : `${pct(f.foundShare)} (95% interval ${pct(f.interval95.low)} to ${pct(f.interval95.high)}, Wilson, n = ${f.reviewed})`;
  return [
    ['Dip samples taken', String(f.sampled)],
    ['Dip samples reviewed', `${f.reviewed}${f.pending ? ` (${f.pending} waiting)` : ''}`],
    ['Found to need a flag', String(f.flagged)],
    ['Estimated share of unflagged posts the detectors miss', estimate],
  ];
}

/** Live-incident / on-call nudges as labelled lines (report card and HTML). */
export function operationalLines(n: { nudged: number; withCard: number }): Array<[string, string]> {
  return [
    ['Posters nudged privately (live incident / on-call)', String(n.nudged)],
    ['Of which also sent to the moderators', String(n.withCard)],
  ];
}
