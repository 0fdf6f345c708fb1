import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { isValidCroNumber, isValidPncId } from '../validators/police-ids';
import { gluedPoliceIds } from '../glued-police-ids';

/**
 * PNC IDs and CRO numbers (the pattern ids detector's police part, split from pattern-ids.ts to keep files small):
 * a check letter validated, or the ID's own name beside a shape whose check fails.
 */
const PNC = /\b(?:\d{2}|\d{4})\/\d{1,7}[A-Za-z]\b/g;
const CRO = /\b(?:SF ?)?\d{1,6}\/\d{2}[A-Za-z]\b/g;
const PNC_CONTEXT = /\b(?:pnc|pnc ?id|pncid|cro|nominal|record|ident)\b/;
/**
 * The ID's own name right before it ("PNC 11/482913k", "cro is 221947/11x") or right after
 * it ("08/223194P - PNC ID"): staff mistype or make up the check letter, so an ID of the right
 * shape named as such is a finding even when the check fails (a lower confidence, its own rule).
 * Without the name the check is still required.
 */
const ID_NAME_BEFORE = /\b(?:pnc|cro)(?: ?id| no\.?| number| ref)?(?: is| was| =)?[\s:#=.\-–]*$/;
const ID_NAME_AFTER = /^[^a-z0-9]{0,12}(?:pnc|cro)\b/;
const PNC_SHAPE = /^(?:\d{2}|\d{4})\/\d{5,7}[a-z]$/i;
const CRO_SHAPE = /^(?:sf ?)?\d{4,6}\/\d{2}[a-z]$/i;
function namedAsId(ctx: ScanContext, start: number, end: number): boolean {
  return (ID_NAME_BEFORE.test(ctx.before(start, 24)) || ID_NAME_AFTER.test(ctx.after(end, 24))) && !saidNotReal(ctx, start, end);
}
/**
 * Thirteenth session: an ID whose check letter fails is read for its name only because staff mistype real ones; when
 * its sentence says it is not a real one ("a dummy PNC ID ... deliberately invalid", "PNC: ... - no that's wrong,
 * ignore"), the failed check and the writer agree. A valid check letter is still read whatever the sentence says.
 */
const NOT_REAL = /\b(?:dummy|fake|invalid|made[- ]up|fictitious|example|specimen|not (?:a )?real|(?:that'?s|that is|it'?s|is) wrong)\b/;
function saidNotReal(ctx: ScanContext, start: number, end: number): boolean {
  const before = ctx.before(start, 60);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = ctx.after(end, 80);
  const stop = /[.!?](?:\s|$)|\n/.exec(after);
  return NOT_REAL.test(before.slice(from + 1)) || NOT_REAL.test(stop ? after.slice(0, stop.index) : after);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export function policeIds(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  // Only a slash between digits with a letter soon after ("2008/0056560Z", "265416/21G"); dates have none.
  const slashes = ctx.slashPositions().filter((i) => {
    if (!isDigitCode(text.charCodeAt(i - 1))) return false;
    let j = i + 1;
    while (j < text.length && j - i <= 8 && isDigitCode(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j) | 32;
    return j > i + 1 && c >= 97 && c <= 122;
  });
  {
    eachMatchNear(PNC, text, slashes, 10, 12, (m) => {
      if (!isValidPncId(m[0])) {
        if (PNC_SHAPE.test(m[0]) && namedAsId(ctx, m.index, m.index + m[0].length)) out.push({ type: 'pnc_id', start: m.index, end: m.index + m[0].length, confidence: 0.75, rule: 'pnc_id.named_shape' });
        return;
      }
      const serialLen = m[0].length - m[0].indexOf('/') - 2;
      const context = PNC_CONTEXT.test(ctx.before(m.index, 40));
      const confidence = context ? 0.97 : serialLen >= 5 ? 0.85 : 0.4;
      out.push({ type: 'pnc_id', start: m.index, end: m.index + m[0].length, confidence, rule: 'pnc_id.check_char' });
    });
    eachMatchNear(CRO, text, slashes, 10, 12, (m) => {
      if (!isValidCroNumber(m[0].replace(/^SF ?/, ''))) {
        if (CRO_SHAPE.test(m[0]) && namedAsId(ctx, m.index, m.index + m[0].length)) out.push({ type: 'cro_number', start: m.index, end: m.index + m[0].length, confidence: 0.75, rule: 'cro_number.named_shape' });
        return;
      }
      const serialLen = m[0].replace(/^SF ?/, '').indexOf('/');
      const context = PNC_CONTEXT.test(ctx.before(m.index, 40));
      const confidence = context ? 0.96 : serialLen >= 4 ? 0.8 : 0.35;
      out.push({ type: 'cro_number', start: m.index, end: m.index + m[0].length, confidence, rule: 'cro_number.check_char' });
    });
  }
  // Thirteenth session: typed against the label ("pnc22/0130451D", "cro110044/22F").
  if (ctx.hasLetterDigit) gluedPoliceIds(ctx, out);
}
