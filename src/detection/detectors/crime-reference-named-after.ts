import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { countDigits } from '../text-utils';

/**
 * Fourteenth session: a reference named right after it, in brackets ("13/49021/24 (crn)", "13DC0456724 (URN)",
 * "SO-24-00421 [incident]") or after a dash by a police-only word ("24-118734 - crime ref"): writers put the label
 * where it comes to them, and a bracketed label says what the token before it is as plainly as one before it. Only a
 * reference-shaped token (five digits or more with a separator or a letter), not a date; read back from each cue word
 * of the crime family whose text before is a bracket or a dash, so most cues cost a char read.
 */
const NAME_IN_BRACKETS = /^[([] ?(?:crime ref(?:erence)?|crime no\.?|crime number|crn|urn|occ|occurrence|incident|inc|log|ref|reference|niche|athena|storm|cad|cris)(?: no\.?| number| ref)? ?[)\]]/;
const NAME_AFTER_DASH = /^[-–] (?:crime ref(?:erence)?|crime number|crn|urn|occurrence|niche|athena|storm|cris)\b/;
/**
 * Fourteenth session (core27): the token then "is the crime number" / "was our occ ref" ("0045173/26 is the crime number
 * on the warrant"): the sentence names what the token is, as a label before it would. Only names no ticket or trade uses.
 */
const IS_BEFORE = /(?<![a-z])(?:is|was|=) (?:the |our |a |my |his |her |their |your )?$/;
const NAME_AFTER_IS = /^(?:crime (?:ref(?:erence)?|number|no\.?)|crn|urn|occurrence (?:ref(?:erence)?|number|no\.?)|occ (?:ref|number|no\.?)|niche (?:ref|number|occ\w*)|athena (?:ref|number)|storm (?:ref|log|number)|cris (?:ref|number)|incident (?:ref(?:erence)?|number|no\.?)|log (?:number|no\.?|ref)|police ref(?:erence)?)(?![a-z])/;
// The same names read in place at the cue (sticky, no slice): tried before IS_BEFORE, as most cues are named by no such words.
const NAME_AFTER_IS_AT = new RegExp(NAME_AFTER_IS.source.slice(1), 'y');
const TOKEN_BEFORE = /(?<![A-Za-z\d/*-])(?:[A-Za-z]{1,4}[/-]?)?\d[\dA-Za-z]{0,14}(?:[/*-][\dA-Za-z]{1,12}){0,3}$/;
const DATE = /^(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})$/;
const NOT_POLICE = /^(?:INC|RITM|REQ|CHG|TASK|SR|PRB|KB|JOB|PO|INV)/i;

export function referencesNamedAfter(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (const cue of ctx.cueStarts('crime')) {
    // the bracket or dash before the cue word, then one space at most before it
    let p = cue - 1;
    if (p >= 0 && text.charCodeAt(p) === 32) p--;
    const c = text.charCodeAt(p);
    const bracket = c === 40 || c === 91;
    if (!bracket && c !== 45 && c !== 0x2013) {
      // "... is the crime number": the token ends before "is"/"was", one space between.
      if (c !== 32 && c !== 101 && c !== 115 && c !== 114 && c !== 121 && c !== 97 && c !== 61) continue;
      NAME_AFTER_IS_AT.lastIndex = cue;
      if (!NAME_AFTER_IS_AT.test(lower)) continue;
      const is = IS_BEFORE.exec(lower.slice(Math.max(0, cue - 12), cue));
      if (!is) continue;
      const e = cue - is[0].length - 1;
      if (e <= 0 || text.charCodeAt(e) !== 32) continue;
      pushBefore(ctx, out, e);
      continue;
    }
    if (!(bracket ? NAME_IN_BRACKETS : NAME_AFTER_DASH).test(lower.slice(p, p + 40))) continue;
    // the token ends right before the bracket or dash, a space between
    let e = p;
    if (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    else if (!bracket) continue;
    pushBefore(ctx, out, e);
  }
}

/** The reference-shaped token ending at `e` (five digits or more, a separator or a letter; no date), if not yet read. */
function pushBefore(ctx: ScanContext, out: Candidate[], e: number): void {
  const m = TOKEN_BEFORE.exec(ctx.text.slice(Math.max(0, e - 40), e));
  if (!m) return;
  const tok = m[0];
  const digits = countDigits(tok);
  if (digits < 5 || !/[/*A-Za-z-]/.test(tok) || DATE.test(tok) || NOT_POLICE.test(tok)) return;
  const start = e - tok.length;
  if (out.some((o) => o.type === 'crime_reference' && o.start < e && start < o.end)) return;
  out.push({ type: 'crime_reference', start, end: e, confidence: 0.85, rule: 'crime_reference.named_after' });
}
