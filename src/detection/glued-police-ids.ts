import type { ScanContext } from './scan-context';
import type { Candidate } from './detectors/detector';
import { isValidCroNumber, isValidPncId } from './validators/police-ids';
import { countDigits, isAsciiLower as isLower, isAsciiDigit as isDigit, isAsciiUpper as isUpper } from './text-utils';

/**
 * Thirteenth session: police identifiers typed against their label with no space ("pnc22/0130451D", "CRO110044/22F",
 * "cro110044/22F", "crn13/50021/24"), as fast thumbs write a chain of them ("pnc.../cro.../linkedtocrn13/50987/24"). The
 * glued-label family (glued-labels.ts) reads the whole glued word as the label; here the label may also end a longer
 * lower-case run, but only a police abbreviation no English word ends with (pnc, cro, crn, occ: "macro" and "micro"
 * end with "cro", so a CRO number still needs its check letter), and the value must have the identifier's full shape.
 * The case change is the boundary on either side: lower-case letters then a digit before, and a capital check letter
 * may be followed by lower-case letters ("22Flinked..."). Read only at the pre-pass's letter-digit joints.
 */
const LABEL_REACH = 24;

/** The lower-case letters typed right against `start` (bounded by anything else), '' when none. */
export function lowerRunBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < LABEL_REACH && isLower(text.charCodeAt(i - 1))) i--;
  if (start - i >= LABEL_REACH && i > 0 && isLower(text.charCodeAt(i - 1))) return '';
  return text.slice(i, start);
}

/** The label in capitals typed against `start` ("PNC22/...", "CRO110044/22F"), lower-cased; '' unless the whole capital run. */
function upperLabelBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < 12 && isUpper(text.charCodeAt(i - 1))) i--;
  if (i === start || (i > 0 && (isUpper(text.charCodeAt(i - 1)) || isLower(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1))))) return '';
  return text.slice(i, start).toLowerCase();
}

/** Crime reference labels as a whole glued word, and the police-only abbreviations that may end a longer run (set look-ups, no regex per joint). */
const CRIME_LABEL: ReadonlySet<string> = new Set(['crn', 'occ', 'urn', 'cad', 'ref', 'crimeref', 'crimeno', 'crimenumber', 'crime', 'incident', 'occurrence', 'niche', 'athena', 'storm']);
const CRIME_LABEL_END = ['crn', 'occ'] as const;
const ID_LABEL: ReadonlySet<string> = new Set(['pnc', 'pncid', 'pncno', 'cro', 'crono']);
const ID_LABEL_END = ['pnc', 'cro'] as const;

const PNC_AT = /(?:\d{2}|\d{4})\/\d{5,7}[A-Za-z]/y;
const CRO_AT = /\d{4,6}\/\d{2}[A-Za-z]/y;
/** A reference: a separator and groups of digits and letters, five digits or more (checked below). */
const REF_AT = /\d[\dA-Za-z]{0,14}(?:[/*-][\dA-Za-z]{1,12}){1,3}/y;

/** The value ends here: no letter or digit goes on, except lower-case letters after a capital (the case change). */
function endsAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c) || (!isDigit(c) && !isUpper(c) && !isLower(c))) return true;
  return isLower(c) && isUpper(text.charCodeAt(end - 1));
}

function gluedStarts(ctx: ScanContext, upperToo = false): number[] {
  const { text } = ctx;
  return ctx.letterDigitPositions.filter((p) => isDigit(text.charCodeAt(p)) && (isLower(text.charCodeAt(p - 1)) || (upperToo && isUpper(text.charCodeAt(p - 1)))));
}

function labelled(run: string, whole: ReadonlySet<string>, ends: readonly string[]): boolean {
  return whole.has(run) || ends.some((e) => run.endsWith(e));
}

/** PNC IDs and CRO numbers glued to their label; the check letter must hold. */
export function gluedPoliceIds(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const p of gluedStarts(ctx, true)) {
    // In capitals the label must be the whole run ("PNC22/0130451D"); in lower case it may end a longer one.
    const upper = isUpper(text.charCodeAt(p - 1));
    const run = upper ? upperLabelBefore(text, p) : lowerRunBefore(text, p);
    if (upper ? !ID_LABEL.has(run) : !labelled(run, ID_LABEL, ID_LABEL_END)) continue;
    for (const [re, type, valid] of [[PNC_AT, 'pnc_id', isValidPncId], [CRO_AT, 'cro_number', isValidCroNumber]] as const) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m || !endsAt(text, p + m[0].length) || !valid(m[0])) continue;
      out.push({ type, start: p, end: p + m[0].length, confidence: 0.9, rule: `${type}.glued_label` });
      break;
    }
  }
}

/** Crime references glued to a reference label; not where another rule already read one. */
export function gluedCrimeReferences(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const p of gluedStarts(ctx, true)) {
    // In capitals the label must be the whole run ("CRN13/50021/24", "OCC24-118452"); in lower case it may end a longer one.
    const upper = isUpper(text.charCodeAt(p - 1));
    const run = upper ? upperLabelBefore(text, p) : lowerRunBefore(text, p);
    if (upper ? !CRIME_LABEL.has(run) : !labelled(run, CRIME_LABEL, CRIME_LABEL_END)) continue;
    REF_AT.lastIndex = p;
    const m = REF_AT.exec(text);
    if (!m) continue;
    let end = p + m[0].length;
    // A capital check letter then lower-case words: the reference ends at the case change ("13/50987/24linked" has none).
    while (end > p && !endsAt(text, end)) end--;
    const tok = text.slice(p, end);
    if (countDigits(tok) < 5 || !(tok.includes('/') || tok.includes('*') || tok.includes('-'))) continue;
    if (out.some((c) => c.type === 'crime_reference' && c.start < end && p < c.end)) continue;
    out.push({ type: 'crime_reference', start: p, end, confidence: 0.8, rule: 'crime_reference.glued_label' });
  }
}
