import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear, isAsciiUpper } from '../text-utils';

/**
 * Government Security Classifications and legacy GPMS markings, only where used as a
 * marking: at the start of a post or line, as a footer at the end of a line, in brackets,
 * followed by a colon, dash or caveat ("RESTRICTED - POLICE", "OFFICIAL-SENSITIVE: PERSONAL"),
 * introduced by "marked", "classified" or "classification", or declared ("this is RESTRICTED:").
 * The same words in prose are not markings: "RESTRICTED access to the gym", "Secret Santa",
 * "strictly confidential chat about the rota", "what does OFFICIAL-SENSITIVE mean?".
 */
// Sixteenth session: the Welsh tiers too (SWYDDOGOL-SENSITIF, SWYDDOGOL, CYFRINACH, CYFRINACH IAWN), as public bodies in
// Wales print their markings in both languages ("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"); read by the same rules.
const OFFICIAL_SENSITIVE = /\b(?:official ?[-–‐]? ?sensitive|swyddogol ?[-–‐]? ?sensitif)\b/gi;
const UPPER = /\b(?:TOP SECRET|SECRET|RESTRICTED|CONFIDENTIAL|PROTECT|OFFICIAL|CYFRINACH IAWN|CYFRINACH|SWYDDOGOL)\b/g;
/** A tier in either language, reduced to one key per tier: a marking and its translation across a slash are one marking. */
const TIER_KEY: ReadonlyArray<[RegExp, string]> = [
  [/^(?:official ?[-–‐]? ?sensitive|swyddogol ?[-–‐]? ?sensitif)$/i, 'os'],
  [/^(?:top secret|cyfrinach iawn)$/i, 'ts'],
  [/^(?:official|swyddogol)$/i, 'o'],
  [/^(?:secret|cyfrinach)$/i, 's'],
];
const WELSH = /^(?:swyddogol|cyfrinach)/i;
const PAIR_TIER = '(top secret|secret|official ?[-–‐]? ?sensitive|official|cyfrinach iawn|cyfrinach|swyddogol ?[-–‐]? ?sensitif|swyddogol)';
const PAIR_BEFORE = new RegExp(`${PAIR_TIER}\\s*/\\s*$`, 'i');
const PAIR_AFTER = new RegExp(`^\\s*/\\s*${PAIR_TIER}\\b`, 'i');
const tierKey = (s: string): string | undefined => TIER_KEY.find(([re]) => re.test(s))?.[1];
/**
 * The same tier in the other language across a slash ("OFFICIAL / SWYDDOGOL"): a bilingual marking, not a list of
 * tiers (a list names different tiers, "OFFICIAL / OFFICIAL-SENSITIVE / SECRET"). Returns where the pair starts.
 */
function translatedPairStart(text: string, start: number, end: number): number | undefined {
  const word = text.slice(start, end);
  const b = PAIR_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (b && tierKey(b[1]) === tierKey(word) && WELSH.test(b[1]) !== WELSH.test(word)) return start - b[0].length;
  const a = PAIR_AFTER.exec(text.slice(end, end + 30));
  if (a && tierKey(a[1]) === tierKey(word) && WELSH.test(a[1]) !== WELSH.test(word)) return start;
  return undefined;
}
/** A bilingual pair opening its line and ending it (or its header: a colon, a dash): the post's marking, both halves. */
function headsLineAsPair(text: string, start: number, end: number): boolean {
  const pair = translatedPairStart(text, start, end);
  if (pair === undefined) return false;
  const pairEnd = end + (PAIR_AFTER.exec(text.slice(end, end + 30))?.[0].length ?? 0);
  return LINE_START.test(text.slice(Math.max(0, pair - 16), pair)) && /^\s*(?:\n|$|[:\-–—]\s)/.test(text.slice(pairEnd, pairEnd + 4));
}
/** A quoted marking with its colon: "'OFFICIAL-SENSITIVE: victim ...'". */
const QUOTED_BEFORE = /(?:^|[\s(])['"“‘]$/;
// Fifteenth session: a dash may set the label off as a colon does ("Classification - OFFICIAL").
const MARKED = /\b(?:marked|marking|classified|classification|protectively marked|graded)(?: as| at)?\s*(?:[:'"“‘]|[-–](?=\s))?\s*$/;
/** Fifteenth session: a classification's label right before plain OFFICIAL ("Classification - OFFICIAL", "marking: OFFICIAL"). */
const MARKED_LABEL = /\b(?:marking|classification|protective marking)\s*[:\-–]\s*$/;
const INTRODUCED = /\b(?:marked|marking|classified|classification)(?: as| at)?\s*[:'"“‘]?\s*((?:top )?secret|restricted|confidential|protect)\b/gi;
/** Emoji and pictographs may frame a marking at the start of a line ("🔐OFFICIAL-SENSITIVE🔐"). */
const LINE_START = /(?:^|\n)[\s*#>[\](\-–•"'“\p{Extended_Pictographic}\uFE0F\u200D]*$/u;
/** What may stand before a trailing marking: the end of a sentence or clause ("..., OFFICIAL-SENSITIVE"). */
const FOOTER_BEFORE = /(?:^|[.!?:;,)\]\-–—|]|\n)\s*$/;
const FOOTER_AFTER = /^\s*[.!]?\s*(?:\n|$)/;
const BRACKETED_BEFORE = /[[(]\s*$/;
/** The bracket closes, or a short handling instruction follows in it ("(OFFICIAL-SENSITIVE, don't forward)"). */
const BRACKETED_AFTER = /^\s*(?:[\])/-]|[,;][^()[\]\n]{1,40}[\])])/;
/**
 * A descriptor of the scheme in capitals after OFFICIAL-SENSITIVE ("says OFFICIAL-SENSITIVE PERSONAL"): the marking
 * in its full form, as headers print it, wherever the sentence quotes it.
 */
const DESCRIPTOR_AFTER = /^\s*(?:[-:]\s*)?(?:PERSONAL|COMMERCIAL|LOCSEN)\b/;
/**
 * Fifteenth session: a national caveat in capitals after the tier ("SECRET UK EYES ONLY", "TOP SECRET - UK/US EYES ONLY"):
 * the caveat is written only as part of a marking, so the marking counts wherever the sentence quotes it.
 */
const EYES_ONLY_AFTER = /^\s*(?:[-:]\s*)?(?:[A-Z]{2,5}(?:\/[A-Z]{2,5})* )?EYES ONLY\b/;
// Fifteenth session: or the post ends there ("this email is OFFICIAL - SENSITIVE").
const CLAUSE_ENDS = /^\s*(?:$|[;.!](?:\s|$)|,(?!\s*(?:not|or|nor|rather|than|but|and|instead)\b))/;
/** A rule about kinds of material ("most of our work is ...", "anything with victim details is ..."), or a question. */
const GENERAL_SUBJECT = /\b(?:all|every\w*|any\w*|most|much|some\w*|lots?|whether|if|what|which|whatever)\b[^.!?\n]*$/;
/** Declared of the paper in hand; a correction declares what it should carry ("they're ...", "it should be ..."). */
const DECLARED = /\b(?:is|are|was|were|this is|it's|its|it is|they're|they are|(?:should|must|needs to|ought to) be)\s*$/;
const FOLLOWED = /^\s*(?:[:\-–—\]|)]|\/\/|(?:-\s*)?(?:PERSONAL|POLICE|COMMERCIAL|STAFF|MANAGEMENT|OFFICIAL|NOT|NO|UK|EYES|HANDLE)\b)/;
const ORDINARY_NEXT = /^\s+(?:santa|squirrel|garden|recipe|ingredient|admirer|weapon|service|society|diary|life|of|to|access|area|parking|duties|duty|chat|list|hours)\b/i;
/** "bays marked 'Restricted - Custody vans only'": the words go on, so it is a sign, not a marking. */
const QUALIFIES_NEXT = /^ (?!(?:do|don't|dont|not|no|please|pls|handle|for)\b)[a-z][a-z'’-]* [a-z(]/;
const SIGN_TEXT = /^\s*[-–]\s*[A-Za-z]+ [a-z]/;
/**
 * Eighteenth session: a lower-case tier the writer at once hedges is said of the file loosely, not carried by it ("marked
 * as restricted only in the sense that nobody else may edit it", "classified as secret in name only", "marked confidential
 * as a joke").
 */
const HEDGED_AFTER = /^\s*,?\s+(?:(?:only|just|merely|purely)\s+)?(?:in the sense|in name only|in name|as a joke|jokingly|for a laugh|tongue in cheek)\b/;
/**
 * Fourteenth session: a tier joined by a hyphen to a word that is no caveat of the scheme is half of a compound word
 * ("RESTRICTED-ACCESS AREA", "CONFIDENTIAL-ISH", "SECRET-SANTA LIST"), not a marking; OFFICIAL-SENSITIVE and the
 * caveats (PERSONAL, POLICE, COMMERCIAL, ...) keep theirs.
 */
const COMPOUND_NEXT = /^[-‐](?!(?:SENSITIVE|PERSONAL|POLICE|COMMERCIAL|STAFF|MANAGEMENT|LOCSEN|UK|NOT|NO)\b)[A-Za-z]/i;
/** QUALIFIES_NEXT for a shouted line (no lower case in it): the tier runs straight on into words of the sentence. */
const QUALIFIES_NEXT_SHOUTED = /^ (?!(?:DO|DON'T|DONT|NOT|NO|PLEASE|PLS|HANDLE|FOR|PERSONAL|POLICE|COMMERCIAL|STAFF|MANAGEMENT|UK|EYES)\b)[A-Z][A-Z'’-]* [A-Z]/;

/** The tiers, to tell a list of them ("OFFICIAL / OFFICIAL-SENSITIVE / SECRET / TOP SECRET") from a marking. */
const TIERS = 'top secret|secret|restricted|confidential|official(?: ?[-–‐]? ?sensitive)?|protect';
const TIER_LISTED_BEFORE = new RegExp(`\\b(?:${TIERS})\\s*(?:/|,|&|\\bor\\b|\\band\\b)\\s*$`);
const TIER_LISTED_AFTER = new RegExp(`^\\s*(?:/(?!/)|,|&|or\\b|and\\b)\\s*(?:${TIERS})\\b`);
/**
 * Twentieth session (prec20): a tier as a threshold names a range of tiers, as a guide to the scheme does ("SECRET or
 * above", "anything above OFFICIAL", "up to OFFICIAL-SENSITIVE"), not this post's marking.
 */
const TIER_THRESHOLD_AFTER = /^\s*\(?(?:or|and|&)\s+(?:above|higher|over|below|lower|under|up)\b/i;
const TIER_THRESHOLD_BEFORE = /\b(?:above|below|up to|higher than|lower than)\s*$/i;
/**
 * Twentieth session (prec20): a rule about a kind of material ("attachments marked SECRET can't be uploaded", "anything
 * marked RESTRICTED must go in the safe"): a bare plural or "any"/"anything"/"all" before "marked", and a verb of a rule
 * after the tier. "The file marked SECRET was found in his car" (a thing in hand, no rule) is still a marking.
 */
const KIND_MARKED_BEFORE =
  /(?:^|[^a-z'’])(?:(?:any|all|no)\s+(?:[a-z-]+\s+){0,2}[a-z-]+|anything|everything|nothing|(?<!\b(?:the|these|those|this|that|my|your|his|her|their|our|its|two|three|four|both|some|few)\s)[a-z-]{3,}s)\s+(?:(?:that|which) (?:is|are|was|were) )?(?:marked|classified)(?: as| at)?\s*[:'"“‘]?\s*$/i;
const RULE_VERB_AFTER =
  /^\s*['"”’]?\s*(?:can't|can’t|cannot|can not|can only|must|mustn't|mustn’t|should|shouldn't|shouldn’t|may not|may only|are not to|aren't to|need to|needs to|have to|has to|are never|is never|never|will not|won't|won’t)\b/i;
function ruleForMarkedKinds(ctx: ScanContext, start: number, end: number): boolean {
  return RULE_VERB_AFTER.test(ctx.after(end, 24)) && KIND_MARKED_BEFORE.test(ctx.lower.slice(Math.max(0, start - 60), start));
}
/** Laughter on the marking's line: a mock marking ("TOP SECRET: the party venue is... the canteen again 😂"). */
const LAUGHTER = /😂|🤣|😆|😅|😜|😝|😹|\b(?:lol|lmao|haha\w*|hehe\w*)\b/gi;
const LINE_REACH = 300;
/**
 * Ninth session: a marking reported of a document ("pasted from the old file, still marked RESTRICTED lol", "the
 * statement is classified SECRET 😅") is that document's, whatever the line laughs at: a mock marking is written as a
 * header ("TOP SECRET: the party venue ... 😂"), a real one is reported of the paper that carries it.
 */
const DOCUMENT_MARKED =
  /\b(?:files?|documents?|docs?|reports?|orders?|statements?|records?|paperwork|exhibits?|e-?mails?|briefings?|minutes|bundles?|folders?|notes)\b[^.!?\n;]{0,40}\b(?:marked|classified)(?: as| at)?\s*[:'"“‘]?\s*$/;

/**
 * Not a marking of this post: a tier named in a list of tiers (a guide to the scheme), or on a line that
 * laughs at itself. `laughs` are the offsets of laughter in the post, found once.
 */
function namesNoMarking(ctx: ScanContext, laughs: () => number[], start: number, end: number): boolean {
  if (translatedPairStart(ctx.text, start, end) !== undefined) return false;
  if (TIER_LISTED_BEFORE.test(ctx.before(start, 24)) || TIER_LISTED_AFTER.test(ctx.after(end, 30))) return true;
  if (TIER_THRESHOLD_AFTER.test(ctx.after(end, 16)) || TIER_THRESHOLD_BEFORE.test(ctx.before(start, 16)) || ruleForMarkedKinds(ctx, start, end)) return true;
  const at = laughs();
  if (at.length === 0) return false;
  if (DOCUMENT_MARKED.test(ctx.before(start, 80))) return false;
  // The laughter nearest each side, if it is on the same line and within reach.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const { text } = ctx;
  const before = lo > 0 ? at[lo - 1] : -1;
  if (before >= 0 && start - before <= LINE_REACH && text.slice(before, start).indexOf('\n') < 0) return true;
  const after = lo < at.length ? at[lo] : -1;
  return after >= end && after - end <= LINE_REACH && text.slice(end, after).indexOf('\n') < 0;
}

function laughterOffsets(text: string): number[] {
  const out: number[] = [];
  LAUGHTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LAUGHTER.exec(text)) !== null) out.push(m.index);
  return out;
}

export function detectProtectiveMarkings(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  if (!ctx.has('marking')) return;
  const cues = ctx.cueStarts('marking');
  let laughAt: number[] | undefined;
  const laughs = (): number[] => (laughAt ??= laughterOffsets(text));
  eachMatchNear(OFFICIAL_SENSITIVE, text, cues, 30, 40, (m) => {
    if (namesNoMarking(ctx, laughs, m.index, m.index + m[0].length)) return;
    const confidence = headsLineAsPair(text, m.index, m.index + m[0].length) ? 0.95 : usedAsMarking(ctx, m.index, m.index + m[0].length, true);
    if (confidence > 0) out.push({ type: 'protective_marking', start: m.index, end: m.index + m[0].length, confidence, rule: 'protective_marking.official_sensitive' });
  });
  if (ctx.hasUpper) {
    eachMatchNear(UPPER, text, cues, 30, 40, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (ORDINARY_NEXT.test(text.slice(end, end + 24)) || ((text[end] === '-' || text[end] === '‐') && COMPOUND_NEXT.test(text.slice(end, end + 12)))) return;
      // Plain OFFICIAL is the everyday tier and an everyday word: only alone at the top of a post or line, or as a header.
      if (namesNoMarking(ctx, laughs, start, end)) return;
      if (headsLineAsPair(text, start, end)) {
        out.push({ type: 'protective_marking', start, end, confidence: 0.95, rule: 'protective_marking.bilingual' });
        return;
      }
      if ((m[0] === 'OFFICIAL' || m[0] === 'SWYDDOGOL') && !(LINE_START.test(text.slice(Math.max(0, start - 16), start)) && /^\s*(?:\n|$|[:\-–—]\s)/.test(text.slice(end, end + 4))) && !(MARKED_LABEL.test(ctx.before(start, 20)) && /^\s*(?:\n|$|[:\-–—.,;)\]]\s)/.test(text.slice(end, end + 4)))) return;
      let confidence = usedAsMarking(ctx, start, end, false);
      if (m[0] === 'PROTECT' && confidence < 0.9) confidence -= 0.3; // "PROTECT" is also an ordinary verb in shouted posts
      if (confidence > 0) out.push({ type: 'protective_marking', start, end, confidence, rule: 'protective_marking.upper' });
    });
  }
  headerOrFooterLine(text, out);
  eachMatchNear(INTRODUCED, text, cues, 30, 40, (m) => {
    const word = m[1];
    if (word === word.toUpperCase()) return; // handled above
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (ORDINARY_NEXT.test(after) || SIGN_TEXT.test(after) || HEDGED_AFTER.test(after)) return;
    const start = m.index + m[0].length - word.length;
    if (namesNoMarking(ctx, laughs, start, start + word.length)) return;
    out.push({ type: 'protective_marking', start, end: start + word.length, confidence: 0.8, rule: 'protective_marking.marked_as' });
  });
}

/**
 * Twentieth session: a tier alone on the post's first or last line, in title case ("Restricted" over "Operation Larch -
 * witness list v4 attached"), is the header or footer a marking is; capitals are read above, and a tier running on into
 * its sentence ("Restricted parking in the yard") is not alone on its line. Not OFFICIAL, the everyday word, nor a post
 * of one line (a one-word reply). Two native slices, no regex over the post.
 */
const TITLE_TIER = /^(?:Top Secret|Secret|Restricted|Confidential)$/;
function headerOrFooterLine(text: string, out: Candidate[]): void {
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0) return;
  const lastStart = text.lastIndexOf('\n') + 1;
  for (const [from, to] of [[0, firstEnd], [lastStart, text.length]]) {
    const line = text.slice(from, to);
    const word = line.trim();
    if (word.length > 12 || !TITLE_TIER.test(word)) continue;
    // A first line whose next line runs on in lower case is a sentence broken by a line ("Restricted\nparking in the yard").
    if (from === 0 && /^[ \t]*[a-z]/.test(text.slice(firstEnd + 1, firstEnd + 4))) continue;
    const start = from + line.indexOf(word);
    if (out.some((c) => c.type === 'protective_marking' && c.start === start)) continue;
    out.push({ type: 'protective_marking', start, end: start + word.length, confidence: 0.85, rule: 'protective_marking.title_line' });
  }
}

/** Confidence that the word at [start, end) is used as a marking (0 when it is prose). */
function usedAsMarking(ctx: ScanContext, start: number, end: number, officialSensitive: boolean): number {
  const { text } = ctx;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  if (MARKED.test(ctx.before(start, 30))) return 0.95;
  const atStart = LINE_START.test(before);
  const followed = FOLLOWED.test(after);
  if (atStart && (followed || FOOTER_AFTER.test(after) || officialSensitive)) return 0.95;
  if (BRACKETED_BEFORE.test(before) && BRACKETED_AFTER.test(after)) return 0.9;
  if (QUOTED_BEFORE.test(before) && followed) return 0.85;
  if (FOOTER_BEFORE.test(before) && FOOTER_AFTER.test(after)) return 0.85;
  const upper = text.slice(start, end) === text.slice(start, end).toUpperCase();
  if (!upper) return 0;
  if (officialSensitive && DESCRIPTOR_AFTER.test(after)) return 0.85;
  if (EYES_ONLY_AFTER.test(after)) return 0.9;
  // Dev set 17 round: OFFICIAL-SENSITIVE in capitals, as the scheme prints it, heading what follows its colon ("Intel brief
  // OFFICIAL-SENSITIVE: source graded 1A") or declared of a document and ending the clause ("Threat assessment for
  // tomorrow is OFFICIAL-SENSITIVE, intel graded 1B"); not a question about it, nor a contrast with another tier
  // ("the default is OFFICIAL-SENSITIVE, not SECRET": talk about the scheme).
  if (officialSensitive && after.trimStart().startsWith(':')) return 0.85;
  if (officialSensitive && DECLARED.test(ctx.before(start, 12)) && CLAUSE_ENDS.test(after) && !GENERAL_SUBJECT.test(ctx.before(start, 60))) return 0.85;
  // Dev set 16 round: a capitalised tier opening a line and running straight on into lower-case words qualifies them
  // ("RESTRICTED admin accounts must not ...", "RESTRICTED parking in the yard"): a word of the sentence, not a header.
  // A handling instruction may follow a marking unpunctuated ("SECRET do not forward").
  if (atStart) return QUALIFIES_NEXT.test(after) || (isAsciiUpper(after.charCodeAt(1)) && QUALIFIES_NEXT_SHOUTED.test(after) && shoutedLine(text, start)) ? 0 : 0.75;
  if (followed && DECLARED.test(ctx.before(start, 12))) return 0.85;
  if (followed && /^\s*(?:[:\-–—]|\/\/)/.test(after) && !/[a-z]/.test(after.slice(0, 3))) return 0.7;
  return 0;
}

/** Fourteenth session: the line holding `at` has no lower-case letter (a shouted post, where case tells no header from prose). */
function shoutedLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return !/[a-z]/.test(text.slice(from, nl < 0 ? text.length : nl));
}

/** The protective marking detector: its types, cue words and entry point (collected by registry.ts). */
export const protectiveMarkingDetector = defineDetector({
  id: 'protective_marking',
  types: {
    protective_marking: { label: 'a protective marking', severity: 'high', topic: 'personal_information', mask: [64, 0] },
  },
  cues: {
    marking: [
      'official', 'secret', 'restricted', 'confidential', 'protect', 'swyddogol', 'cyfrinach',
    ],
  },
  needs: (c) => c.has('marking'),
  run: detectProtectiveMarkings,
});
