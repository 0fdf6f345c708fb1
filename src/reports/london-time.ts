/**
 * Europe/London calendar helpers. Reports speak in London local days (PSD read them in UK
 * time), but the store speaks in UTC instants, so every day boundary goes through here.
 * Built on Intl (ICU ships with Node), so no timezone database dependency is needed.
 */
export const REPORT_TIMEZONE = 'Europe/London';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: REPORT_TIMEZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(date: Date): LocalParts {
  const out: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(date)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second };
}

/** London's offset from UTC at `date`, in ms (0 in winter, +3 600 000 in summer). */
export function londonOffsetMs(date: Date): number {
  return offsetFromParts(date, localParts(date));
}

function offsetFromParts(date: Date, p: LocalParts): number {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * The UTC instant of 00:00 London time on the given calendar date. UK clocks change at
 * 01:00 UTC, so local midnight always exists and is unambiguous.
 */
export function londonMidnightUtc(year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  // Offset at the guess is right except within an hour of a change; one re-check settles it.
  let instant = guess - londonOffsetMs(new Date(guess));
  instant = guess - londonOffsetMs(new Date(instant));
  return new Date(instant);
}

/** "YYYY-MM-DD" of the London calendar day containing `date`. */
export function londonDateKey(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "2026-11-02 09:15 GMT" / "2026-07-01 10:00 BST": unambiguous for readers in the UK. */
export function formatLondon(date: Date): string {
  const p = localParts(date);
  const zone = offsetFromParts(date, p) === 0 ? 'GMT' : 'BST';
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)} ${zone}`;
}

/** Start of the London day after the one containing `date`. */
export function nextLondonMidnight(date: Date): Date {
  const [y, m, d] = londonDateKey(date).split('-').map(Number);
  // Date.UTC normalises day overflow (31 Oct + 1 -> 1 Nov).
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return londonMidnightUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** London calendar days that overlap [from, to), as "YYYY-MM-DD" keys in order. */
export function londonDaysInPeriod(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let cursor = from; cursor < to; cursor = nextLondonMidnight(cursor)) {
    days.push(londonDateKey(cursor));
    if (days.length > 3700) break; // ten years: a guard against a nonsense period, not a limit users meet
  }
  return days;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
