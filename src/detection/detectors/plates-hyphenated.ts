import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatch } from '../text-utils';
import { plateFormat } from '../validators/vehicle-registration';

/**
 * Twelfth session: a current-format plate with a hyphen after the area letters too ("a white transit ML-62-HRU"), as
 * people copy a plate's three blocks. The plate rule (vehicle-registration.ts) reads a hyphen only between the age
 * digits and the letters, and only near a letter-digit joint, which this spelling has none of. Part and stock codes are
 * written so as well, so it counts only with a vehicle word or a colour near it (`vehicleNear`, the plate rule's
 * context), and the age identifier must be one a plate can carry (plateFormat).
 */
const HYPHENATED = /(?<![A-Za-z0-9-])[A-Za-z]{2}-\d{2}-[A-Za-z]{3}(?![A-Za-z0-9-])/g;

export function hyphenatedPlates(ctx: ScanContext, out: Candidate[], vehicleNear: (before: string, after: string) => boolean, year?: number): void {
  if (ctx.text.indexOf('-') < 0) return;
  eachMatch(HYPHENATED, ctx.text, (m) => {
    const raw = m[0];
    if (plateFormat(raw, year) !== 'current') return;
    if (!vehicleNear(ctx.before(m.index, 50), ctx.after(m.index + raw.length, 50))) return;
    const upper = raw === raw.toUpperCase();
    out.push({ type: 'vehicle_registration', start: m.index, end: m.index + raw.length, confidence: upper ? 0.9 : 0.7, rule: 'vehicle_registration.hyphenated' });
  });
}
