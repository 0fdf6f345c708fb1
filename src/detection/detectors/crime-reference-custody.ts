import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';

/**
 * Twelfth session: a custody record's reference after its label ("custody record CUST/4471/24", "custody no
 * 05CE/2219/24"): a detention is a police record of a person as a crime is. Only the coded form counts, a separator
 * and five digits or more (a prefix, a serial, a year); a bare custody number ("Custody Record 2400873") is a system's
 * running count, which the dev sets leave unlabelled. Its own cue ("custody" and a '/' after a digit, both native
 * searches), so the crime reference rules' cue family is unchanged.
 */
// Fourteenth session (core27): a force code and a suite code may both open it ("custody no. CU/WD/04417/26").
// Fifteenth session: "custody ID" too; and the label may be "custody" alone before the coded form ("... FME called. custody 25/0087"), as
// custody staff write it; not a date or a financial year there ("custody 12/03/2024", "custody 2024/25 budget").
const CUSTODY_REF = /\bcustody(?: (?:record|ref(?:erence)?|number|no|id)\.?)?(?: is| was)?[\s:#-]*((?:[a-z]{1,4}[/-])?(?:[a-z]{1,4}[/-]?)?\d[\da-z]{0,10}(?:[/-][\da-z]{1,10}){1,3})(?![\w/-])/g;

const FULL_DATE = /^(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}$/;
const NOT_CODED = /^(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:19|20)\d{2}[/-]\d{2,4})$/;

export function custodyRecordReferences(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  // Thirteenth session: a dashed record too ("custody record 11-0398-24"): the regex always read '-', the gate only '/'.
  if ((ctx.digitSlashes === 0 && lower.indexOf('-') < 0) || lower.indexOf('custody ') < 0) return;
  CUSTODY_REF.lastIndex = 0;
  for (let m = CUSTODY_REF.exec(lower); m; m = CUSTODY_REF.exec(lower)) {
    const tok = m[1];
    let digits = 0;
    for (let i = 0; i < tok.length; i++) if (tok.charCodeAt(i) >= 48 && tok.charCodeAt(i) <= 57) digits++;
    if (digits < 5) continue;
    if (m[0].length - tok.length <= 8 && NOT_CODED.test(tok)) continue;
    // Nineteenth session: after any label, a calendar date with its century ("custody record is 30/06/2009") is a date
    // written on the record (a birth, a detention), never the record's code, whose fields are a prefix, a serial, a year.
    if (FULL_DATE.test(tok)) continue;
    const start = m.index + m[0].length - tok.length;
    const end = start + tok.length;
    if (out.some((c) => c.type === 'crime_reference' && c.start < end && start < c.end)) continue;
    out.push({ type: 'crime_reference', start, end, confidence: 0.85, rule: 'crime_reference.custody_record' });
  }
}
