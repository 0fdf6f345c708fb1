import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { dashedYearSerialReferences, hasDashedYearSerial, yearSerialReferences } from './crime-reference-year-serial';
import { CASE_WORD_CUES, caseSentence, prefixedCaseReferences } from './crime-reference-case';
import { countDigits, eachMatch, eachMatchNear } from '../text-utils';
import { gluedWordBefore } from '../glued-labels';
import { referencesNamedAfter } from './crime-reference-named-after';
import { sameShapeReferences } from './crime-reference-same-shape';
import { hasInsurerWord, insurersRef, otherPartysRef } from './crime-reference-other-party';
import { custodyRecordReferences } from './crime-reference-custody';
import { spacedReferences } from './crime-reference-spaced';
import { forceQualified, IT_CONTEXT, itDepartmentNear, JOB_NUMBER, NOT_POLICE, otherKindOfRef, POLICE_ONLY_BEFORE, yearAndMonth } from './crime-reference-other-kind';
import { gluedCrimeReferences } from '../glued-police-ids';
import { dateStampedReferences, hasDateStampShape, hasTrialNumberShape, IT_WORDS, itTicket, labelledAsOtherThing, POLICE_CODE_CUES, policeCodedReferences, policeCodedToken, PREPOSITION_REF, trialNumbers, yearFieldReference } from './crime-reference-codes';

/**
 * Crime, incident, log and occurrence references. Formats differ per force (forces
 * add theirs through config customPatterns), so the built-in rule is context-led:
 * a reference-shaped token right after a police reference word, or "log 123 of
 * 14/03". IT tickets ("incident INC0012345"), job references and years are excluded.
 */
// Fifteenth session: "Niche RMS" and SmartStorm name their references as Niche and Storm do; "CR no." is a crime number.
const CONTEXT =
  /\b(?:crime(?: ref(?:erence)?| number| no| report| reference number)?|incident(?: ref(?:erence)?| number| no| log)?|log(?: number| no| ref)?|occurrence(?: number| no| ref)?|occ(?: no)?|cad(?: ref| number| no)?|urn|niche(?: rms)?(?: ref| occurrence| number)?|athena(?: ref| number)?|cris(?: ref| number| no)?|(?:smart ?)?storm(?: log| ref)?|crn|cr (?:no|number|ref)|case(?: ref(?:erence)?| number| no)|police ref(?:erence)?|inc(?: no| number| ref)?|ref(?: no| number)?)(?:\.|:|#|=|\s|-|–|[(["“'‘]|no\.?|number|ref)*$/;
/**
 * "the crime ref is 24-118452", "incident number was SO/4417/24": a reference word, then "is" or "was", governs the token
 * as the word alone does; only a reference-shaped token (a separator, a letter or five digits), as "my collar for the log
 * is 4471" names a person's number.
 */
const CONTEXT_IS = /\b(?:crime|incident|occurrence|occ|log|cad|urn|crn|niche|ref|reference)(?: ref(?:erence)?| number| no\.?)? (?:is|was)[\s:]*$/;
// Bounded by anything but a letter or digit: an underscore too ("_CR/40012/24_", markdown italics).
// Fourteenth session (core27): a force code and a unit code may both open it ("NE/HQ/02231/25"), each with its separator.
const TOKEN = /(?<![A-Za-z\d])(?:[A-Za-z]{1,4}[/-])?(?:[A-Za-z]{1,4}[/-]?)?\d[\dA-Za-z]{0,14}(?:[/*-][\dA-Za-z]{1,12}){0,3}(?![A-Za-z\d])/g;
/** A police reference prefix on the token itself ("OCC/24/118734", "CR/052219/24") is its own context. */
/** "CR" alone is a prefix only with a slash ("CR/40012/24"): "CR-123456-24" could be any firm's reference (forces add theirs as customPatterns). */
/**
 * Action Fraud (the National Fraud and Cyber Crime Reporting Centre) gives every report a reference of "NFRC"
 * and twelve digits ("NFRC240312345678"), which carries its police prefix the same way. Ninth session: the prefix is
 * what names it, and writers copy the digits short or long ("NFRC2405988123"), so six to fourteen digits count.
 */
// The label may be glued on whole ("occ-ref-24-118452"), now that a token may carry two codes (fourteenth session).
// Nineteenth session: "CR" typed against a serial and a two- or four-digit year ("cr0018822/24"): a serial-then-year after the
// crime prefix is no firm's reference.
const SELF_PREFIXED = /^(?:(?:(?:occ|crn|cad|log|urn|crime)[/-](?:ref[/-]|no[/-])?|cr\/)\d|nfrc\d{6,14}$)/i;
const CR_GLUED = /^cr\d{5,8}\/(?:\d{2}|\d{4})$/i;
/**
 * Review of the nineteenth session: "CR" without its slash is also a change request ("change window tonight under
 * cr0088123/24", "cab approved cr 0031199/25") and a credit note or a contract ("credit note cr 0045122/24"), numbered
 * the same way; near IT's words (the coded rule's itTicket) or a finance word in its sentence, it is theirs.
 */
const CR_FINANCE_SENSE = /\b(?:credit(?: note)?s?|contracts?|invoices?|suppliers?|finance|refunds?|statements?)\b/;
function crOtherSense(ctx: ScanContext, start: number, end: number): boolean {
  return itTicket(ctx, start, end) || IT_WORDS.test(ctx.before(start, 60).replace(/^.*[.!?\n]/s, '')) || CR_FINANCE_SENSE.test(ctx.before(start, 60).replace(/^.*[.!?\n]/s, '')) || CR_FINANCE_SENSE.test(ctx.after(end, 40).replace(/[.!?\n].*$/s, ''));
}
/** The same crime prefix set apart by a space ("cr 0077652/24"): the token is the serial and year, "cr" the word before it. */
const SERIAL_YEAR = /^\d{5,8}\/(?:\d{2}|\d{4})$/;
/** "cr " ending `before`, as a word of its own (char reads: this runs for every token near a crime cue). */
function crBefore(before: string): boolean {
  const n = before.length;
  if (n < 3 || before.charCodeAt(n - 1) !== 32 || before.charCodeAt(n - 2) !== 114 || before.charCodeAt(n - 3) !== 99) return false;
  const c = n > 3 ? before.charCodeAt(n - 4) : 32;
  return !((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
}
/**
 * "Sexting case: ... per the Snap disclosure, 13/60982/24": the case the post is about names a force code, serial and
 * year in digits as a crime word would (dev set 15 round); only that shape, which no IT ticket or date has.
 */
const CASE_EARLIER = /(?<!\bin )\bcases?\b(?! of\b)/;
// Nineteenth session: the plurals too ("23 crimes, 9 charged. Most serious is 13/44920/24"), as a list of them is written.
const CONTEXT_EARLIER = /\b(?:crimes?|incidents?|occurrences?|logs?|cad|urn|niche|athena|cris|storm|crn|references?|refs?)\b/;
// Review of the nineteenth session: the plurals are also a statistic's or a list's words ("23 crimes recorded ... stats pack
// version 13/4492/24"), so read on a plural alone a number right after another thing's label is that thing's.
const CONTEXT_EARLIER_SINGULAR = /\b(?:crime|incident|occurrence|log|cad|urn|niche|athena|cris|storm|crn|reference|ref)\b/;
/**
 * "log 213 of 12/01"; right after the reference word the "of" may be dropped before a numeric date ("log 0933 07/04"),
 * and the day may be named as people say it ("incident 456 of the 12th", "log 88 of today", "of yesterday").
 */
const LOG_OF = /\b\d{1,5} (?:of (?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)? [A-Za-z][a-z]{2,8}|the \d{1,2}(?:st|nd|rd|th)\b|today|yesterday|last night)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/]))\b/g;
const TWO_CODES = /^[A-Za-z]{1,4}[/-][A-Za-z]/;
const FORCE_SERIAL_YEAR = /^\d{1,3}\/\d{4,8}\/\d{2}(?:\d{2})?$/;

/**
 * "231 of 11/03": a log number of a day is how control rooms name incidents, and the shape
 * says so without a context word (the number and a valid day and month; not a page or a part).
 */
const LOG_OF_DATE = /\b(\d{2,5}) of (\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?\b(?!\/)/g;
const NOT_A_LOG = /\b(?:page|pages|part|item|question|q|section|chapter|slide|step|para|paragraph|number|no|top|best|one|out)\s*$/;

function logOfDate(ctx: ScanContext, taken: Array<[number, number]>, out: Candidate[]): void {
  // "231 of 11/03" needs a '/' right after a digit (the pre-pass counted them): a '/' elsewhere is no reason to run it.
  if (ctx.prefilter && ctx.digitSlashes === 0) return;
  eachMatch(LOG_OF_DATE, ctx.text, (m) => {
    const day = Number(m[2]);
    const month = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    if (taken.some(([s, e]) => m.index < e && s < m.index + m[0].length)) return;
    if (NOT_A_LOG.test(ctx.before(m.index, 16))) return;
    out.push({ type: 'crime_reference', start: m.index, end: m.index + m[0].length, confidence: 0.75, rule: 'crime_reference.log_of_date' });
  });
}

export function detectCrimeReferences(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.hasDigit) return;
  readCrimeReferences(ctx, out);
  custodyRecordReferences(ctx, out);
  // Thirteenth session: a reference typed against its label, also as the end of a longer run ("...linkedtocrn13/50987/24").
  if (ctx.hasLetterDigit) gluedCrimeReferences(ctx, out);
  if (ctx.has('crime')) {
    referencesNamedAfter(ctx, out);
    // Nineteenth session: fields set apart by spaces right after a reference word ("crime ref 13 55102 24").
    spacedReferences(ctx, out);
  }
  sameShapeReferences(ctx, out);
  // Eighteenth session: a police code in the reference's own fields, a Crown Court case number (crime-reference-codes.ts).
  policeCodedReferences(ctx, out);
  trialNumbers(ctx, out);
  dateStampedReferences(ctx, out);
}

function readCrimeReferences(ctx: ScanContext, out: Candidate[]): void {
  const taken: Array<[number, number]> = [];
  if (!ctx.has('crime')) return shapedReferences(ctx, taken, out);
  const cues = ctx.cueStarts('crime');
  // Fourteenth session: read in lower case, so a shouted "LOG 0678 OF 02/04" reads as "log 0678 of 02/04" (same offsets).
  eachMatchNear(LOG_OF, ctx.lower, cues, 0, 60, (m) => {
    if (!CONTEXT.test(ctx.before(m.index, 30))) return;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ type: 'crime_reference', start: m.index, end: m.index + m[0].length, confidence: 0.9, rule: 'crime_reference.log_of' });
  });
  // Whether the post names an insurer at all (once per post; insurersRef reads the 200 characters before each token).
  let insurer: boolean | undefined;
  eachMatchNear(TOKEN, ctx.text, cues, 0, 110, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && s < end)) return;
    const tok = m[0];
    if (NOT_POLICE.test(tok)) return;
    const digits = countDigits(tok);
    if (digits < 4) return;
    // Two codes before the digits ("NE/HQ/02231/25") with a serial and a year; a firm's file code and a short number
    // ("their ref is BWL/LF/2291") is a letter's reference.
    if (digits < 5 && TWO_CODES.test(tok)) return;
    // A year of the last century or the next few ("CAD 2041" is an incident number, no year anyone writes of, dev set 13 round).
    if (/^(?:19\d{2}|20[0-3]\d)$/.test(tok)) return;
    if (/^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(tok)) return; // a date
    if (/^(?:19|20)\d{2}([/-])\d{1,2}\1\d{1,2}(?:T\d{1,2})?$/i.test(tok)) return; // a date written year first ("2024-06-12", "2024-06-12T14:30")
    if (yearAndMonth(tok)) return; // fifteenth session: a month or a financial year ("2026-03", "2024/25")
    if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(tok)) return; // hours of a shift ("2200-0600")
    // A table cell reads its column's header as its label ("| Ref |" over "| 24-118452 |", table-cells.ts).
    const before = ctx.fieldBefore(start, 30);
    // A police-only word right before ("crn", "crime no", "occurrence") outranks an IT word nearby ("referral order, crn 4502287/24").
    // A token carrying a police prefix ("CR/40012/24") is no ticket either, whatever words surround it ("need it for the file").
    // A force code, a serial and a year ("13/48812/24") is no IT ticket's shape either ("the tong road job is 13/48812/24").
    const crTyped = (CR_GLUED.test(tok) || (crBefore(before) && SERIAL_YEAR.test(tok))) && !crOtherSense(ctx, start, end);
    const firmPoliceToken = SELF_PREFIXED.test(tok) || FORCE_SERIAL_YEAR.test(tok) || crTyped;
    const policeToken = firmPoliceToken || policeCodedToken(tok);
    if (JOB_NUMBER.test(before)) {
      // Every trade numbers its jobs ("job no. 4412 for the boiler"), so a job number is a police reference only in a
      // sentence about a police case ("job no. 4412/24, suspect arrested at the scene").
      if (caseSentence(ctx, start, end) && !IT_CONTEXT.test(ctx.after(end, 20)) && !itDepartmentNear(ctx.text, start, end)) {
        out.push({ type: 'crime_reference', start, end, confidence: 0.7, rule: 'crime_reference.job_number' });
      }
      return;
    }
    if (!policeToken && !POLICE_ONLY_BEFORE.test(before) && (IT_CONTEXT.test(ctx.before(start, 40)) || IT_CONTEXT.test(ctx.after(end, 20)) || itDepartmentNear(ctx.text, start, end))) return;
    // Letters and slashes ("CR/052219/24"), or a force's code, a serial and a year in digits ("13/53318/24": no date has a
    // four-digit middle group).
    const shaped = (/[/-]/.test(tok) && /[A-Za-z]/.test(tok) && digits >= 5) || FORCE_SERIAL_YEAR.test(tok);
    // "course ref TR2024/118", "Estates ref 55712": a reference qualified by something other than police business is
    // that thing's, whatever reference word came earlier in the post (a police prefix on the token still decides).
    const otherRef =
      (otherKindOfRef(before) && !(PREPOSITION_REF.test(before) && yearFieldReference(tok))) || otherPartysRef(ctx.before(start, 80)) || ((insurer ??= hasInsurerWord(ctx.lower)) && insurersRef(ctx.lower.slice(Math.max(0, start - 200), start)));
    if (otherRef && !firmPoliceToken) return; // a code in its fields yields to "order ref" (fix18: "Order ref 24/ROB/00391")
    // Reference-shaped: a separator, a letter or five digits. Plain numbers after weak words ("log", "case") are not.
    const strong = /[/*-]/.test(tok) || /[A-Za-z]/.test(tok) || digits >= 5;
    if (!strong && forceQualified(before)) return;
    let confidence: number;
    if (CONTEXT_IS.test(before) && !otherRef && strong) {
      confidence = 0.85;
    } else if (CONTEXT.test(before) && !otherRef) {
      confidence = strong ? 0.88 : 0.6;
    } else if ((SELF_PREFIXED.test(tok) && digits >= 5) || crTyped) {
      confidence = 0.85;
    } else if (shaped && (CONTEXT_EARLIER_SINGULAR.test(ctx.before(start, 90)) || (CONTEXT_EARLIER.test(ctx.before(start, 90)) && !labelledAsOtherThing(ctx.before(start, 30))) || (FORCE_SERIAL_YEAR.test(tok) && CASE_EARLIER.test(ctx.before(start, 90))))) {
      confidence = 0.7; // "a crime number ... The one I've been given is CR/052219/24"
    } else {
      return;
    }
    out.push({ type: 'crime_reference', start, end, confidence, rule: 'crime_reference.context' });
  });
  gluedReferences(ctx, cues, out);
  shapedReferences(ctx, taken, out);
}

/**
 * Ninth session: a reference typed against its own label with no space ("crimeCR/0048821/24", "occurrence24-118452"),
 * as the glued-label family reads other values (glued-labels.ts): the case change or the digit is the boundary. Only a
 * reference-shaped token (a separator and five digits or more) after a police reference word; the label must be the
 * whole glued word, so "abcCR/0048821/24" and "NXCR/40012/24" stay unread here.
 */
const GLUED_TOKEN = /(?<=[a-z])(?:[A-Z]{1,4}[/-]?)?\d[\dA-Za-z]{0,14}(?:[/*-][\dA-Za-z]{1,12}){1,3}(?![A-Za-z\d])/g;
const GLUED_LABEL = /^(?:crime(?:ref|no|number)?|incident|occurrence|reference|niche|athena|storm)$/;
function gluedReferences(ctx: ScanContext, cues: readonly number[], out: Candidate[]): void {
  let found: Candidate[] | undefined;
  let k = 0;
  eachMatchNear(GLUED_TOKEN, ctx.text, cues, 0, 32, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (countDigits(m[0]) < 5 || !GLUED_LABEL.test(gluedWordBefore(ctx.text, start))) return;
    // References already read, in order (matches run left to right): one pointer walks them.
    found ??= out.filter((c) => c.type === 'crime_reference').sort((a, b) => a.end - b.end);
    while (k < found.length && found[k].end <= start) k++;
    if (k < found.length && found[k].start < end) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.8, rule: 'crime_reference.glued_label' });
  });
}

/**
 * The references read by their shape, with or without a reference word: "231 of 11/03" logs, a year and serial (a '/'
 * or Niche's '*'), and prefixed case references. `taken` holds the spans the reference-word rules already read.
 */
function shapedReferences(ctx: ScanContext, taken: Array<[number, number]>, out: Candidate[]): void {
  const slash = ctx.text.indexOf('/') >= 0;
  if (slash) logOfDate(ctx, taken, out);
  if (slash || ctx.text.indexOf('*') >= 0) yearSerialReferences(ctx, out);
  // A dashed year and serial is read off the number runs ("24-118739"); without a '-' there is none to read.
  if (!ctx.prefilter || ctx.text.indexOf('-') >= 0) dashedYearSerialReferences(ctx, out);
  prefixedCaseReferences(ctx, out);
}

/** A digit then a dash: a glued dashed reference may be there ("crn13-50987-24"). A char loop over the dashes, no regex. */
function digitDash(text: string): boolean {
  for (let i = text.indexOf('-', 1); i > 0; i = text.indexOf('-', i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The crime reference detector: its types, cue words and entry point (collected by registry.ts). */
export const crimeReferenceDetector = defineDetector({
  id: 'crime_reference',
  types: {
    crime_reference: { label: 'a crime reference', severity: 'medium', topic: 'personal_information' },
  },
  cues: {
    crime: [
      // 'cr$': the force prefix written on the reference itself ("CR/40012/24"), read by SELF_PREFIXED.
      'crime', 'cr$', 'inc$', 'log$', 'occ$', 'cad$', 'urn$', 'niche', 'athena', 'storm',
      // Thirteenth session: the Met's crime recording system names its references as Niche and Athena do ("CRIS 4217893/24").
      'cris$', 'ref$', 'crn$', 'case$', 'incident', 'reference', 'occurrence', 'logs$', 'cases$',
      // Fifteenth session: SmartStorm, the command and control system many forces log incidents in ("SMARTSTORM 0456 30/11/26").
      'smartstorm',
      // A job number counts in a sentence about a police case (JOB_NUMBER).
      'job$',
      // Action Fraud's references carry their prefix ("NFRC240312345678").
      'nfrc',
    ],
    // Words of a police case (crime-reference-case.ts): a prefixed reference ("MIR-24-0007") in their sentence.
    caseWord: CASE_WORD_CUES,
    policeCode: POLICE_CODE_CUES,
  },
  // A reference word, a '/' after a digit for the "231 of 11/03" shape, or a case word for a prefixed reference.
  // A '*' for Niche's year and serial ("24*118452", crime-reference-year-serial.ts).
  // A dashed year and serial ("24-118739") on its own: the pre-pass's number runs hold it.
  // Thirteenth session: a dashed custody record ("custody record 11-0398-24"), a dashed reference kept "under" ("under
  // EXT-24-0031") or glued to its label ("crn13-50987-24"): native searches.
  needs: (c) =>
    c.hasDigit &&
    (c.has('crime') || c.digitSlashes > 0 || c.has('caseWord') || c.has('policeCode') || c.text.indexOf('*') >= 0 || hasTrialNumberShape(c.text) || hasDateStampShape(c.text) ||
      (c.text.indexOf('-') >= 0 &&
        (hasDashedYearSerial(c) || c.lower.indexOf('custody ') >= 0 || c.lower.indexOf('under') >= 0 || (c.hasLetterDigit && digitDash(c.text))))),
  run: detectCrimeReferences,
});
