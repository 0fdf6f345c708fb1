import type { ScanContext } from '../scan-context';

/**
 * Whether a full postcode (found first, by its detector; `postcodeStarts` holds where) follows a street ending at `end`:
 * right after it, or after a comma, or (fifteenth session) after the town, as an address is laid out on one line or as a
 * block of lines ("17 orchard rise, barnsley s70 2ab", "17 ORCHARD RISE\nBARNSLEY\nS70 2AB").
 */
export function postcodeFollows(ctx: ScanContext, end: number, postcodeStarts: ReadonlySet<number>): boolean {
  if (postcodeStarts.size === 0) return false;
  const gap = /^,? ?/.exec(ctx.text.slice(end, end + 2))?.[0].length ?? 0;
  if (postcodeStarts.has(end + gap)) return true;
  const town = TOWN_THEN.exec(ctx.text.slice(end, end + 40));
  return town !== null && postcodeStarts.has(end + town[0].length);
}
const TOWN_THEN = /^(?:,\s*|\s*\n\s*|\s+)[A-Za-z][A-Za-z'’-]+(?: [A-Za-z][A-Za-z'’-]+){0,2}(?:,\s*|\s*\n\s*|\s+)/;
