/**
 * Parses the period a user types after `report` / `export csv`:
 *   ""                       -> the last 7 days (rolling, ending now)
 *   "30d"                    -> the last 30 days (1..366)
 *   "2026-11-01 2026-11-21"  -> those London calendar days, both inclusive
 * Date ranges use Europe/London midnights converted to UTC instants, so a range that spans a
 * clock change is an hour longer (October) or shorter (March) than a whole number of days.
 */
import { AppError } from '../errors/app-error';
import type { Period } from '../ports/period';
import { londonDateKey, londonMidnightUtc } from './london-time';
import { cutGraphemes } from '../text/safe-text';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_REPORT_DAYS = 366;

export type ReportPeriodErrorKind = 'syntax' | 'bad_date' | 'reversed' | 'too_long' | 'future';

/**
 * Extends AppError so the Teams error handler shows `userMessage` instead of a generic
 * failure; `kind` lets callers branch without string matching.
 */
export class ReportPeriodError extends AppError {
  readonly kind: ReportPeriodErrorKind;

  constructor(kind: ReportPeriodErrorKind, userMessage: string) {
    // The message is the friendly text too: the CLI prints `message`, Teams shows `userMessage`.
    const text = `${userMessage} ${PERIOD_HELP}`;
    super('BAD_REQUEST_BODY', text, { userMessage: text });
    this.name = 'ReportPeriodError';
    this.kind = kind;
  }
}

export const PERIOD_HELP =
  'Try `report` (last 7 days), `report 30d` (last 30 days) or `report 2026-11-01 2026-11-21` (those dates, inclusive, UK time).';

/** The period a scheduled report covers: the time since the previous scheduled run, with a label. */
export interface ScheduledPeriod extends Period {
  label: string;
}

export interface ReportPeriod extends Period {
  /** Human label, e.g. "last 7 days" or "2026-11-01 to 2026-11-21". */
  label: string;
}

export function parseReportPeriod(text: string, now: Date): ReportPeriod {
  const input = text.trim().toLowerCase();
  if (input === '') return lastDays(7, now);

  const days = /^(\d{1,4})\s*d(?:ays?)?$/.exec(input);
  if (days) {
    const n = Number(days[1]);
    if (n < 1 || n > MAX_REPORT_DAYS) {
      throw new ReportPeriodError('too_long', `A period must be between 1 and ${MAX_REPORT_DAYS} days.`);
    }
    return lastDays(n, now);
  }

  const range = /^(\d{4}-\d{2}-\d{2})(?:\s+|\s*(?:to|\.\.)\s*)(\d{4}-\d{2}-\d{2})$/.exec(input);
  if (range) return dateRange(range[1], range[2], now);

  throw new ReportPeriodError('syntax', `I couldn't read "${cutGraphemes(text.trim(), 40)}" as a period.`);
}

/** Inclusive London calendar dates -> half-open UTC period. Used by the CLI too. */
export function dateRange(fromText: string, toText: string, now: Date): ReportPeriod {
  const first = parseCalendarDate(fromText);
  const last = parseCalendarDate(toText);
  const from = londonMidnightUtc(first.year, first.month, first.day);
  // End is exclusive: midnight at the start of the day after the last date.
  const after = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
  const to = londonMidnightUtc(after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate());
  if (to <= from) {
    throw new ReportPeriodError('reversed', `The start date ${fromText} is after the end date ${toText}.`);
  }
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY_MS + 2 * 60 * 60 * 1000) {
    throw new ReportPeriodError('too_long', `A period can be at most ${MAX_REPORT_DAYS} days.`);
  }
  if (from > now) {
    throw new ReportPeriodError('future', `The period starts on ${fromText}, which is in the future (today is ${londonDateKey(now)}).`);
  }
  return { from, to, label: fromText === toText ? fromText : `${fromText} to ${toText}` };
}

function lastDays(n: number, now: Date): ReportPeriod {
  return { from: new Date(now.getTime() - n * DAY_MS), to: new Date(now.getTime()), label: `last ${n} day${n === 1 ? '' : 's'}` };
}

function parseCalendarDate(text: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    // Round-trip check rejects 2026-02-30 and month 13, which Date.UTC would silently roll over.
    if (year >= 2000 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new ReportPeriodError('bad_date', `"${cutGraphemes(text, 20)}" is not a real date (use YYYY-MM-DD).`);
}

/** The period of equal length immediately before `period` (for the trend). */
export function previousPeriod(period: Period): Period {
  const length = period.to.getTime() - period.from.getTime();
  return { from: new Date(period.from.getTime() - length), to: new Date(period.from.getTime()) };
}
