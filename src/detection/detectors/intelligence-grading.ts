import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear } from '../text-utils';

/**
 * Intelligence gradings: 5x5x5 (source A-E, intelligence 1-5, handling 1-5) and
 * 3x5x2 (source 1-3, intelligence A-E, handling P/C). Tokens like "B2" or "1A" are
 * everywhere (rooms, paper sizes, roads, pay bands), so they only count next to
 * intelligence words. A handling code alone is reported only when no grade is.
 */
// Twentieth session: the force intelligence bureau (FIB) a grade is sent to, as "intel" ("sent up to the FIB as 1x2x1").
const CONTEXT_BEFORE = /\b(?:graded|grading|grade|intel|intelligence|source|5 ?x ?5 ?x ?5|3 ?x ?5 ?x ?2|evaluat\w*|sis|chis|provenance|informant|rated|fib)\b[^.\n]{0,30}$/;
/**
 * After the grade: an intelligence word, the grading scheme by name ("already B2 on the 5x5x5"), or where the
 * grade came from ("A1 from partner agency": information from partner agencies is graded like any source's).
 */
// Twentieth session: or the handler it came from ("1AP from the handler"): a CHIS handler passes a source's grade on.
const CONTEXT_AFTER = /^[^.\n]{0,20}\b(?:grad(?:ed|ing)|intel(?:ligence)?|source|handler|5 ?x ?5 ?x ?5|3 ?x ?5 ?x ?2|partner agenc(?:y|ies))\b/;
/**
 * Dev set 13 round: in a post about intelligence, a grade right before the record it grades ("came back with an E4 entry
 * about him") is that record's grade, however far the intelligence word is: an entry, a log, a record or a submission is
 * what a grade is given to (a report is not listed: "A4 report" is a paper size).
 */
const GRADED_RECORD_AFTER = /^\s*(?:intel(?:ligence)?\s+)?(?:entry|entries|log|logs|record|records|submission|submissions)\b/;
/** "graded" opening a list of grades (read in lower case, as ctx.before gives it), up to the grade at hand ("graded A1 and ", "graded B2, C3 and "). */
const GRADED_LIST_BEFORE = /\bgraded(?: as)?\s*:?\s*(?:(?:[a-e][1-5]|[1-3][a-e])\s*(?:,|&|and)\s*)*$/;
/**
 * Eleventh session: a full 5x5x5 grade in slashes ("B/2/4"), letter, intelligence and handling codes, is written so only
 * as a grade; in a post about intelligence it counts however far the intelligence word ("5x5x5 on the line holder came
 * back B/2/4"). Alone ("shelf B/2/4 in the store") it is a location code.
 */
// Fifteenth session: a full 3x5x2 grade too ("int log 3/B/C"): source, intelligence and handling, which no date or code spells.
// Twentieth session: with hyphens too ("B-2-4", "2-B-C"), and a 3x5x2 grade with a numbered handling code typed as one
// token ("3B1": source, intelligence, handling), in capitals; in a post about intelligence, or one where a grade was read.
const FULL_SLASHED_GRADE = /(?<![\w/-])(?:[A-E] ?([/-]) ?[1-5] ?\1 ?[1-5PC]|[1-3] ?([/-]) ?[A-E] ?\2 ?[PC1-5]|[1-3][A-E][1-5PC])(?![\w/]|-\w)/g;
/** Job grades and pay bands share the tokens ("grade B2 pay band"). */
const NEGATIVE_AFTER = /^\s*(?:pay|band|salary|scale|post|posts|role|roles|job|jobs|staff|vacanc\w*|paper|printer|sized?)\b/;
/** Fourteenth session: a grade placed on a pay scale a few words on ("grade B2 of the sergeants' pay scale") is a job grade. */
const PAY_SCALE_AFTER = /^\s*(?:of|on|in) (?:the |our |a )?(?:[\w'’]+ ){0,2}(?:pay|salary)\b/;
function payScaleAfter(after: string): boolean {
  return (after.includes('pay') || after.includes('salary')) && PAY_SCALE_AFTER.test(after);
}
/**
 * "3B1", "2B1": staff mix the 3x5x2 source and intelligence grades with a numbered handling code. Ninth session: the
 * three parts may be set apart by spaces as by slashes ("graded 2 B P", "B 2 4"); only all three, as two spaced
 * capitals and digits are any list ("rooms 2 B", "plan B 2").
 */
// Fifteenth session: all three parts joined by hyphens too, as some systems print them ("B-2-4", "2-B-C"); only all three,
// as "B-2" is an aircraft and "A-1" a rating.
// Eighteenth session: the three parts joined by "x", as the scheme's own name is written ("Grading 1x2x1", "graded 2 x 1 x 2");
// the scheme names themselves ("5x5x5", "3x5x2") are let go in detectIntelligenceGradings (X_GRADE).
const GRADE = /\b(?:[1-5A-E] ?[xX] ?[1-5A-E] ?[xX] ?[1-5PC]|[A-E]-[1-5]-[1-5PC]|[1-3]-[A-E]-[PC1-5]|[A-E] ?\/ ?[1-5](?: ?\/ ?[1-5PC])?|[1-3] ?\/ ?[A-E](?: ?\/ ?[PC1-5])?|[A-E] [1-5] [1-5PC]|[1-3] [A-E] [PC1-5]|[A-E][1-5][1-5]?|[1-3][A-E][PC1-5]?)\b/g;
const X_GRADE = /^[1-5A-E] ?[xX] ?[1-5A-E] ?[xX] ?[1-5PC]$/;
const SCHEME_NAME = /^(?:5 ?[xX] ?5 ?[xX] ?5|3 ?[xX] ?5 ?[xX] ?2)$/;
/** Words of intelligence work that an "x" grade's sentence must have (not "graded" alone). */
const X_INTEL = /\b(?:intel\w*|int|sources?|chis|sis|grading|5 ?x ?5 ?x ?5|3 ?x ?5 ?x ?2|handlers?|informants?|provenance|evaluat\w*|submissions?)\b/;
/** The sentence around a match: `before` from its last sentence end, `after` up to its first. */
function sentenceAround(before: string, after: string): string {
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const stop = /[.!?](?:\s|$)|\n/.exec(after);
  return `${before.slice(from + 1)} ${stop ? after.slice(0, stop.index) : after}`;
}
const MEASURE_AFTER = /^\s*(?:m|mm|cm|metres?|meters?|ft|feet|foot|inch(?:es)?|in|yards?|km|miles?|kg|g|litres?|l)\b/;
/** In lower case ("put on as b2") a grade counts only after an intelligence word in the same clause. */
const LOWER_GRADE = /\b(?:[a-e][1-5]|[1-3][a-e])\b/g;
/** Slashed grades in lower case after an intelligence word ("intel graded b/2/4", "source 2/b/p"): no car or paper is written so. */
const LOWER_SLASHED = /\b(?:[a-e]-[1-5]-[1-5pc]|[1-3]-[a-e]-[pc1-5]|[a-e] ?\/ ?[1-5](?: ?\/ ?[1-5pc])?|[1-3] ?\/ ?[a-e](?: ?\/ ?[pc1-5])?)\b/g;
const LOWER_SOURCE_AFTER = /^[^.\n]{0,24}\b(?:grad(?:ed|ing)|intel(?:ligence)?|source|handler|5 ?x ?5 ?x ?5|3 ?x ?5 ?x ?2)\b/;
// Dev set 13 round: what intelligence "says" or "reads" is given as its grade too ("intel says b2 hes dealing").
const LOWER_GIVEN = /\b(?:as|graded|grade|grading|is|was|says|said|reads|read)\s*[:=-]?\s*$/;
const NEGATIVE_BEFORE = /\b(?:rooms?|rm|floors?|levels?|paper|pay|bands?|scale|junctions?|j|the|roads?|size|format|spine|seats?|gates?|platforms?|bays?|blocks?|wings?)\s*$/;
const SPELLED_OUT = /\b(?:[Ss]ource (?:evaluation|grade|grading)|[Ii]ntel(?:ligence)? (?:assessment|evaluation|grade|grading))\b\s*(?:of|is|was|[:=])?\s*([A-E1-5])\b/g;
const HANDLING = /\bhandling code:? ?([1-5]|[PC])\b/gi;
const MEANINGFUL_SINGLE = /^(?:[A-E][1-5]|[1-3][A-E])$/;
/**
 * Words that make a whole post an intelligence record: an intelligence word or its abbreviation ("int sub"),
 * a source, the grading scheme, a nominal (a person of interest; not a finance "nominal code"), a sighting (not
 * "partially sighted"), a partner agency's report.
 */
const INTEL_POST = /\b(?:intel(?:ligence)?|int(?: sub\w*| log| report| submission)|source|chis|informant|5 ?x ?5 ?x ?5|3 ?x ?5 ?x ?2|nominals?(?! (?:codes?|ledgers?|accounts?|fees?|amounts?|sums?|charges?|values?)\b)|(?<!partially |visually )sighted|sighting|partner agenc(?:y|ies))\b/i;
/**
 * In such a post a grade is often typed as a field of its own, set off by commas, dashes or the end of the
 * post ("..., B3", "- 3B1 -", "eastbound,B2,no further"), far from the intelligence word.
 */
const FIELD_BEFORE = /(?:^|[,;|(\n]|(?:^|\s)[-–])\s*$/;
const FIELD_AFTER = /^\s*(?:$|[,;|)\n]|[-–]\s|[.!?](?:\s|$))/;
/**
 * A code beside the field makes a list of codes, not a grade (a grade is given once): roads ("M6, A5, A34"),
 * rooms or seats ("B1, B2, B3"). "A1"-"A5" alone are trunk roads and paper sizes, so fields never take them.
 */
const CODE_FIELD_BEFORE = /\b[a-z]\d{1,4}\s*(?:[,;|/&-]|and)\s*$/;
const CODE_FIELD_AFTER = /^\s*(?:[,;|/&-]|and\b)\s*[a-z]\d{1,4}\b/;

/**
 * Fifteenth session: a full grade in slashes heading the post or a line, before what it grades ("B/2/4 from CS: the woman
 * at the nail bar ...", "2/B/P - subject seen with ..."): an intelligence record is headed with its grade. Three parts,
 * with a colon, a dash or "from" after, as a header is set off; a location code ("B/2/4 needs restocking") runs on.
 */
const HEADING_GRADE = /^[ \t]*([A-E]\/[1-5]\/[1-5PC]|[1-3]\/[A-E]\/[PC1-5])(?=[ \t]*(?::|[-–][ \t]|from\b))/gm;
/** Where a line (or the post) opens with a letter or digit, a slash and one character, a slash: a native check. */
function opensWithSlashedGrade(text: string): boolean {
  for (let i = 0; ; ) {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    if (text.charCodeAt(j + 1) === 47 && text.charCodeAt(j + 3) === 47) return true;
    const nl = text.indexOf('\n', i);
    if (nl < 0) return false;
    i = nl + 1;
  }
}

function headingGrades(ctx: ScanContext, out: Candidate[]): void {
  eachMatch(HEADING_GRADE, ctx.text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'intelligence_grading', start, end: start + m[1].length, confidence: 0.8, rule: 'intelligence_grading.heading' });
  });
}

export function detectIntelligenceGradings(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.hasDigit) return;
  if (ctx.digitSlashes > 0 && opensWithSlashedGrade(ctx.text)) headingGrades(ctx, out);
  // A grading is looked for only in posts with a digit (most carry one: "B2", "3/A/P").
  if (!ctx.has('grading')) return;
  const cues = ctx.cueStarts('grading');
  let found = false;
  eachMatchNear(GRADE, ctx.text, cues, 40, 60, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (NEGATIVE_BEFORE.test(ctx.before(start, 12))) return;
    // A grade is given once: codes listed together ("rooms A1, B2 and C3") are rooms, seats or roads; unless the list
    // follows "graded", which gives each its grade ("links graded A1 and B2").
    const listed = CODE_FIELD_BEFORE.test(ctx.before(start, 12)) || CODE_FIELD_AFTER.test(ctx.after(end, 12));
    if (listed && !GRADED_LIST_BEFORE.test(ctx.before(start, 30))) return;
    // Three-character tokens that read as words/codes ("A12") need the stronger spelling-out.
    const xGrade = X_GRADE.test(m[0]);
    if (!xGrade && !MEANINGFUL_SINGLE.test(m[0]) && !/[/ -]/.test(m[0]) && !/^[1-3][A-E][PC1-5]$|^[A-E][1-5][1-5]$/.test(m[0])) return;
    // The scheme's name is no grade ("graded on the 5x5x5"), and sizes are written so too ("1x2x1 metres").
    if (xGrade && (SCHEME_NAME.test(m[0]) || MEASURE_AFTER.test(ctx.after(end, 12)))) return;
    const before = ctx.before(start, 40);
    // Only after its grading word: "graded" after it is said of a grid or a cube as well ("the 3x3x3 cube graded by difficulty").
    if (xGrade && !CONTEXT_BEFORE.test(before)) return;
    // And "graded" alone is said of puzzles and exams ("graded the new puzzles 1x2x1 for difficulty"): the sentence must
    // name intelligence, a source or the grading itself (fix18 review).
    if (xGrade && !X_INTEL.test(sentenceAround(before, ctx.after(end, 60)))) return;
    if (!CONTEXT_BEFORE.test(before) && !CONTEXT_AFTER.test(ctx.after(end, 25)) && !(GRADED_RECORD_AFTER.test(ctx.after(end, 24)) && INTEL_POST.test(ctx.text))) return;
    if (/\bhandling code:? ?$/.test(before)) return;
    if (NEGATIVE_AFTER.test(ctx.after(end, 16)) || payScaleAfter(ctx.after(end, 48))) return;
    found = true;
    out.push({ type: 'intelligence_grading', start, end, confidence: 0.88, rule: 'intelligence_grading.token' });
  });
  eachMatchNear(LOWER_GRADE, ctx.text, cues, 40, 60, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    // "put on as b2", "graded c3", "intel is a1": the grade is given, not a car or a paper size ("he drives an a3").
    // Twentieth session: or the intelligence word after it ("came in as b2 from a reliable source"), as for capitals.
    if (!LOWER_GIVEN.test(ctx.before(start, 12)) || !(CONTEXT_BEFORE.test(ctx.before(start, 40)) || LOWER_SOURCE_AFTER.test(ctx.after(end, 32))) || NEGATIVE_AFTER.test(ctx.after(end, 16))) return;
    found = true;
    out.push({ type: 'intelligence_grading', start, end, confidence: 0.7, rule: 'intelligence_grading.lower_case' });
  });
  eachMatchNear(LOWER_SLASHED, ctx.text, cues, 0, 60, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!CONTEXT_BEFORE.test(ctx.before(start, 40)) || NEGATIVE_AFTER.test(ctx.after(end, 16))) return;
    found = true;
    out.push({ type: 'intelligence_grading', start, end, confidence: 0.75, rule: 'intelligence_grading.lower_case' });
  });
  // "source evaluation B, intelligence assessment 2": the grading written out in words.
  eachMatchNear(SPELLED_OUT, ctx.text, cues, 0, 60, (m) => {
    found = true;
    out.push({ type: 'intelligence_grading', start: m.index, end: m.index + m[0].length, confidence: 0.85, rule: 'intelligence_grading.spelled_out' });
  });
  if (INTEL_POST.test(ctx.text)) {
    const asFields = gradesAsFields(ctx, out);
    found = fullSlashedGrades(ctx, out) || asFields || found;
  } else if (found) {
    // Twentieth session: a post that gives one grade gives the others it has in full ("Graded B-2-4 on the old system,
    // reassessed to 2-B-C"): a grade read makes the post an intelligence record, as the words of INTEL_POST do.
    fullSlashedGrades(ctx, out);
  }
  if (found) return;
  eachMatchNear(HANDLING, ctx.text, cues, 0, 30, (m) => {
    out.push({ type: 'intelligence_grading', start: m.index, end: m.index + m[0].length, confidence: 0.75, rule: 'intelligence_grading.handling_code' });
  });
}

/** Another short code of letters and digits listed beside a one-token grade ("rooms 1A2, 2B1 and 3C1"). */
const TOKEN_LISTED_BEFORE = /(?:^|[^a-z0-9])(?=[a-z]*\d)[a-z0-9]{2,4}\s*(?:[,;|/&]|and)\s*$/;
const TOKEN_LISTED_AFTER = /^\s*(?:[,;|/&]|and\b)\s*(?=[a-z]*\d)[a-z0-9]{2,4}\b/;

/** Full slashed grades in a post about intelligence (see FULL_SLASHED_GRADE); overlaps with other readings merge later. */
function fullSlashedGrades(ctx: ScanContext, out: Candidate[]): boolean {
  let found = false;
  eachMatch(FULL_SLASHED_GRADE, ctx.text, (m) => {
    if (NEGATIVE_BEFORE.test(ctx.before(m.index, 12))) return;
    // The one-token form is a code among codes in a list ("1A2, 2B1, 3C1": rooms, seats), as the fields rule says.
    if (m[0].length === 3 && (TOKEN_LISTED_BEFORE.test(ctx.before(m.index, 12)) || TOKEN_LISTED_AFTER.test(ctx.after(m.index + 3, 12)) || NEGATIVE_AFTER.test(ctx.after(m.index + 3, 16)))) return;
    found = true;
    out.push({ type: 'intelligence_grading', start: m.index, end: m.index + m[0].length, confidence: 0.8, rule: 'intelligence_grading.full_slashed' });
  });
  return found;
}

/** A grade typed as its own field in a post about intelligence (see FIELD_BEFORE). */
function gradesAsFields(ctx: ScanContext, out: Candidate[]): boolean {
  let found = false;
  eachMatch(GRADE, ctx.text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const tok = m[0];
    if (/^A[1-5]$/.test(tok)) return;
    if (!MEANINGFUL_SINGLE.test(tok) && !/[/ -]/.test(tok) && !/^[1-3][A-E][PC1-5]$|^[A-E][1-5][1-5]$/.test(tok)) return;
    const before = ctx.before(start, 16);
    const after = ctx.after(end, 16);
    if (!FIELD_BEFORE.test(before) || !FIELD_AFTER.test(after)) return;
    if (NEGATIVE_BEFORE.test(before) || NEGATIVE_AFTER.test(after) || CODE_FIELD_BEFORE.test(before) || CODE_FIELD_AFTER.test(after)) return;
    found = true;
    out.push({ type: 'intelligence_grading', start, end, confidence: 0.8, rule: 'intelligence_grading.field' });
  });
  return found;
}

/** The intelligence grading detector: its types, cue words and entry point (collected by registry.ts). */
export const intelligenceGradingDetector = defineDetector({
  id: 'intelligence_grading',
  types: {
    intelligence_grading: { label: 'an intelligence grading', severity: 'high', topic: 'personal_information', mask: [8, 0] },
  },
  cues: {
    grading: [
      'grad', 'intel', 'source$', 'handling', 'evaluat', 'sis$', 'chis', 'provenance', 'informant', 'rated$', 'x',
      // Post-level intelligence words for grades typed as fields (INTEL_POST), and "from partner agency".
      'int$', 'nominal', 'sighted$', 'sighting', 'agenc',
      // Twentieth session: the handler a grade comes from and the force intelligence bureau it goes to (CONTEXT_AFTER/BEFORE).
      'handler', 'fib$',
    ],
  },
  needs: (c) => c.hasDigit && (c.has('grading') || (c.digitSlashes > 0 && opensWithSlashedGrade(c.text))),
  run: detectIntelligenceGradings,
});
