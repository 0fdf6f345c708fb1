import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import type { NumberRun } from '../number-runs';
import { isWordCharCode, listHeader } from '../text-utils';
import { isValidNhsNumber } from '../validators/nhs-number';
import { hasCardIssuerPrefix, isLuhnValid } from '../validators/luhn';
import { GLUED_LABELS, gluedWordBefore } from '../glued-labels';
import { looseBankDetails, mayHoldLooseBankDetails } from './bank-details-loose';
import { ACCOUNT_CONTEXT, BOOKKEEPING_AFTER, BOOKKEEPING_BEFORE, NEGATIVE_REF, SORT_CONTEXT } from './number-context';
import { passportFromRun } from './passport-number-runs';

/**
 * Identifiers that are plain digit groups: NHS numbers, payment cards, sort codes,
 * account numbers and passport numbers. All work from the shared number runs;
 * checksums decide where one exists, context words where none does.
 */
const NHS_CONTEXT = /\b(?:nhs|chi|patients?|hospitals?|gps?|medical|health)\b/;
/** A list headed by the number's name ("NHS numbers:", "CHI nos"): its items are NHS numbers. */
const NHS_HEADER = /\b(?:nhs|chi)(?: ?(?:no|nos|num|nums|number|numbers|#))?\b/;
/** The number's name written after it: "1355391032 - NHS number for ...", "4857773456 (NHS no)". */
// Thirteenth session: "that's" or "it's" before the name too ("9434765919 - that's her NHS no").
const NHS_NAMED_AFTER = /^\s*(?:[-–:(]\s*)?(?:(?:is|was|that'?s|that is|it'?s) (?:the|his|her|their) )?(?:nhs|chi)(?: ?(?:no|num|number|#)\b|\s*\))/;
/** "NHS no for the misper ... can check: 2268589455": the number's name earlier in the same sentence. */
const NHS_NAMED_IN_SENTENCE = /\bnhs (?:no|num|number|#)\b[^.!?\n]*$/;
const CARD_CONTEXT = /\b(?:cards?|visa|mastercard|amex|debit|credit|maestro|pan)\b/;

export function detectNumberIds(ctx: ScanContext, out: Candidate[]): void {
  const runs = ctx.runs;
  // Read on first need: only an unnamed plain ten-digit number asks (most posts have none).
  let allPass: boolean | undefined;
  const tenDigitsAllPass = (): boolean => (allPass ??= everyTenDigitNumberPasses(ctx, runs));
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.digitCount < 6 || run.digitCount > 19) continue;
    const glued = gluedWordBefore(ctx.text, run.start);
    if (!(glued ? gluedLabelled(run, glued) && boundedAfter(ctx.text, run) : bounded(ctx.text, run))) continue;
    const g = run.groups;
    if (run.digitCount === 10) nhs(ctx, run, out, tenDigitsAllPass);
    else if (run.digitCount >= 12) card(ctx, run, out);
    if (run.digitCount === 14) sortCodeAndAccount(ctx, run, out);
    if (run.digitCount === 6 && (g.length === 3 || g.length === 1)) sortCode(ctx, runs, i, out);
    if (run.digitCount === 8 && (g.length === 1 || (g.length === 2 && g[0] === 4))) account(ctx, runs, i, out);
    passportFromRun(ctx, run, out);
  }
  // Nineteenth session: bank details whose separators the runs do not join (bank-details-loose.ts).
  looseBankDetails(ctx, out);
}


function bounded(text: string, run: NumberRun): boolean {
  const before = run.start > 0 ? text.charCodeAt(run.start - 1) : 32;
  return !isWordCharCode(before) && before !== 47 && boundedAfter(text, run) && !run.plus;
}

function boundedAfter(text: string, run: NumberRun): boolean {
  const after = run.end < text.length ? text.charCodeAt(run.end) : 32;
  return !isWordCharCode(after) && after !== 47;
}

/**
 * A run typed against a word is read only when the word labels a type this shape can be ("passport678401253",
 * "acc40936158", "s/c11-04-29", "nhs no8664549710"); each type's own checks (checksum, context) still follow.
 */
function gluedLabelled(run: NumberRun, glued: string): boolean {
  if (run.plus) return false;
  switch (run.digitCount) {
    case 6:
      return GLUED_LABELS.sort_code.test(glued);
    case 8:
      return GLUED_LABELS.account.test(glued);
    case 9:
      return GLUED_LABELS.passport.test(glued);
    case 10:
      return GLUED_LABELS.nhs_number.test(glued);
    default:
      return false;
  }
}

/**
 * Nineteenth session: two or more ten-digit numbers, none opening with 0, all of which pass the NHS check: one in eleven
 * passes by chance, so every one of two passing is 1 in 121 and the post is a list of NHS numbers ("the lab wants
 * 4010232137 and 4010247975") even with no word naming them. A single failing one (a list of order numbers) keeps the
 * others at their unnamed score. Only plain ten-digit runs count, read once per post from the runs already found.
 */
function everyTenDigitNumberPasses(ctx: ScanContext, runs: readonly NumberRun[]): boolean {
  // Review of the nineteenth session: 1 in 121 is still every hundred-odd list of two (kit orders, evidence seals,
  // handsets, mobiles typed without the 0, ISBN-10s, which share the check); the post must be about care somewhere.
  if (!CARE_IN_POST.test(ctx.lower)) return false;
  let passing = 0;
  for (const r of runs) {
    if (r.digitCount !== 10 || r.groups.length !== 1 || r.plus || !bounded(ctx.text, r)) continue;
    if (r.digits.charCodeAt(0) === 48 || !isValidNhsNumber(r.digits)) return false;
    // A label or a list header naming another kind of number ("Stock codes", "order 4857771233") says what they are.
    if (OTHER_NUMBER_NAME.test(ctx.before(r.start, 25)) || OTHER_NUMBER_NAME.test(listHeader(ctx.lower, r.start))) return false;
    passing++;
  }
  return passing >= 2;
}
const CARE_IN_POST = /\b(?:nhs|chi|patients?|hospitals?|gps?|medical|health|labs?|samples?|bloods?|wards?|clinics?|a&e|nurses?|doctors?|surgery|pharmac\w*|prescriptions?|ambulance|paramedics?|camhs|maternity|midwi\w*)\b/;
const OTHER_NUMBER_NAME = /\b(?:codes?|stock|serials?|parts?|orders?|invoices?|tickets?|refs?|references?|accounts?|acc|phones?|mobiles?|tel|tracking|imei|barcodes?|isbn|items?|skus?)\b/;

/**
 * Twentieth session: a passing ten-digit number set off as a field of its own, between commas, in a post about care
 * ("Returning detainee, Barry Ollerton, 3493463928, epilepsy ... from the ward"): a record row gives a patient's
 * particulars so, the number unnamed. A label naming another kind of number right before still says what it is.
 */
function particularsField(ctx: ScanContext, run: NumberRun): boolean {
  if (!/,\s?$/.test(ctx.before(run.start, 3)) || !/^\s*(?:[,;]|$)/.test(ctx.after(run.end, 3))) return false;
  return CARE_IN_POST.test(ctx.lower) && !OTHER_NUMBER_NAME.test(ctx.before(run.start, 25));
}

/** Nineteenth session: a health word after the number in its sentence ("4010232137 is the number on his hospital band"). */
const NHS_CONTEXT_AFTER = /^[^.!?\n]{0,40}\b(?:nhs|chi|patients?|hospitals?|gps?|medical|health)\b/;

/** A number to ring or text ("ring 7712 ...", "call 0161 ..."): a phone number, typed without its 0 or not. */
const CALLED_BEFORE = /\b(?:ring|rang|call|text|dial|phone)\b(?: (?:me|us|him|her|them))?(?: on)?\s*$/;
/** The NHS's own names for its number, in the 120 characters before it. */
const NHS_OWN_NAME = /\b(?:nhs|chi)\b/;
/** Twentieth session (prec20): the codes typed into a phone or a meeting ("dial-in code 447 112 9031#", "passcode", "PIN"). */
const DIAL_IN_BEFORE = /\b(?:dial[- ]?in|conference (?:code|id)|meeting (?:code|id)|access code|passcode|pin)\b[^0-9]{0,12}$/;
function nhs(ctx: ScanContext, run: NumberRun, out: Candidate[], everyTenDigitNumberPasses: () => boolean): void {
  const g = run.groups;
  const grouped = g.length === 3 && g[0] === 3 && g[1] === 3 && g[2] === 4;
  // A table cell reads its column's header as its label (dev set 17 round: "| NHS |" over "| 2818383617 |").
  const before = ctx.fieldBefore(run.start, 40);
  // Named right before ("NHS number 7735 279 205"), ten digits count in any grouping of two or more digits a group.
  // Nineteenth session: "is" or "was" between the name and the number too ("his nhs no is 9434 765 919").
  const namedRightBefore = /\b(?:nhs|chi)(?: ?(?:no|num|number|#))?\.?(?: (?:is|was))?[\s:#-]*$/.test(before);
  if (!grouped && g.length !== 1 && !(namedRightBefore && g.every((n) => n >= 2))) return;
  if (!isValidNhsNumber(run.digits)) return;
  // Ninth session: or the header of the list the number is an item of ("GP shared NHS numbers" over "- twin 2: ...").
  const after = ctx.after(run.end, 50);
  const named = NHS_CONTEXT.test(before) || NHS_NAMED_AFTER.test(after) || NHS_NAMED_IN_SENTENCE.test(ctx.before(run.start, 120)) || NHS_HEADER.test(listHeader(ctx.lower, run.start));
  const namedLater = !named && NHS_CONTEXT_AFTER.test(after);
  let confidence = named ? 0.95 : namedLater ? 0.8 : grouped ? 0.7 : g.length === 1 && (everyTenDigitNumberPasses() || particularsField(ctx, run)) ? 0.6 : 0.45;
  if (run.digits[0] === '0') confidence -= 0.3; // reads as a phone number
  // Twenty-first session (prec21): a number named right before as another kind (an invoice's, a call's) is that kind even
  // when the post is about a hospital or patients: only the NHS's own name ("nhs", "chi") overrules it.
  const otherKind = NEGATIVE_REF.test(ctx.before(run.start, 25)) || DIAL_IN_BEFORE.test(ctx.before(run.start, 25)) || CALLED_BEFORE.test(ctx.before(run.start, 25));
  if (otherKind && (!named || !NHS_OWN_NAME.test(ctx.before(run.start, 120)))) confidence = Math.min(confidence - 0.4, 0.45);
  out.push({ type: 'nhs_number', start: run.start, end: run.end, confidence, rule: 'nhs_number.mod11' });
}

function card(ctx: ScanContext, run: NumberRun, out: Candidate[]): void {
  const g = run.groups;
  const fours = g.every((n, i) => n === 4 || (i === g.length - 1 && n <= 4 && n >= 1));
  const amex = g.length === 3 && g[0] === 4 && g[1] === 6 && g[2] === 5;
  if (!(g.length === 1 || fours || amex)) return;
  if (!isLuhnValid(run.digits) || !hasCardIssuerPrefix(run.digits)) return;
  const context = CARD_CONTEXT.test(ctx.before(run.start, 40));
  let confidence = context ? 0.97 : g.length === 1 ? 0.8 : 0.9;
  // Twelve digits is only Maestro's shortest form; other twelve-digit numbers are common.
  if (run.digitCount === 12) confidence = context ? 0.9 : 0.55;
  out.push({ type: 'payment_card', start: run.start, end: run.end, confidence, rule: 'payment_card.luhn' });
}

/**
 * Fifteenth session: bank details named right after them, as the sentence gives them ("41126583 is her account number",
 * "20-45-17 (sort code)", "- sort code"), like passports and crime references named after.
 */
const NAMED_AFTER = '^ ?(?:\\( ?|[-–] ?|(?:is|was) (?:the |his |her |their |my |our |your |a )?(?:bank |savings |current )?)';
const ACCOUNT_NAMED_AFTER = new RegExp(`${NAMED_AFTER}(?:account|acct|acc|a\\/c)(?: no\\.?| number)?\\b`);
const SORT_NAMED_AFTER = new RegExp(`${NAMED_AFTER}(?:sort ?code|s\\/c)\\b`);

function sortCode(ctx: ScanContext, runs: NumberRun[], i: number, out: Candidate[]): void {
  const run = runs[i];
  const g = run.groups;
  const before = ctx.fieldBefore(run.start, 30);
  // Dotted pairs read as a date ("20.04.77") unless the sort code is named right before ("sort code 20.45.77").
  const namedRightBefore = /\b(?:sort ?code|s\/c|s\.c|sc|sort)\b[\s:#-]*$/.test(before);
  const pairs = g.length === 3 && g[0] === 2 && g[1] === 2 && g[2] === 2 && (run.seps !== '..' || namedRightBefore || !mayBeDayMonth(run.digits));
  const after = ctx.after(run.end, 24);
  const namedAfter = (after.indexOf('sort') >= 0 || after.indexOf('s/c') >= 0) && SORT_NAMED_AFTER.test(after);
  // Twentieth session (prec20): "bank holiday" is a day off, not a bank ("bank holiday rota: 25-12-25 | 26-12-25").
  const hasContext = SORT_CONTEXT.test(before.replace(BANK_HOLIDAY, '')) || namedAfter;
  // dd-mm-yy dates share the shape; a following account number or bank words decide.
  const next = runs[i + 1];
  // Twentieth session (prec20): eight digits in a date's groups ("26-12-2025") are a date, no account number.
  const accountFollows = next !== undefined && next.digitCount === 8 && next.start - run.end < 40 && !(next.groups.length === 3 && next.groups[0] === 2 && next.groups[1] === 2);
  // Six digits run together need the field's name, or its abbreviation ("sc 401276", "s/c 401276", "sort 401276"), or
  // an account number named right after them ("401276 a/c 31548790": the pair without its first name).
  const namedAccountAfter = accountFollows && /^[\s,]*(?:a\/c|acc|acct|account)(?: no| number)?[\s:#.-]*$/.test(ctx.text.slice(run.end, next.start).toLowerCase());
  if (!pairs && !(g.length === 1 && (namedAfter || /\bsort ?code\b/.test(before) || /\b(?:s\/c|s\.c|sc|sort)\b[\s:#.-]*$/.test(before) || namedAccountAfter))) return;
  if (pairs && ninoAround(ctx.text, run)) return;
  const confidence = hasContext ? 0.92 : accountFollows ? 0.8 : pairs && sortCodeAfterAccount(ctx, runs, i) ? 0.85 : 0.25;
  out.push({ type: 'bank_account', start: run.start, end: run.end, confidence, rule: 'bank_account.sort_code' });
}

/**
 * Fifteenth session: the pair written after a named account number with only a separator between ("account 41126583 /
 * 20-45-17", "acc 62004418, 07-71-22"): bank details in the other order. A word between ("opened 20-04-17") is a date's.
 */
function sortCodeAfterAccount(ctx: ScanContext, runs: NumberRun[], i: number): boolean {
  const prev = runs[i - 1];
  if (prev === undefined || prev.digitCount !== 8 || prev.groups.length !== 1 || runs[i].start - prev.end > 6) return false;
  return /^[\s,/;|&]*$/.test(ctx.text.slice(prev.end, runs[i].start)) && /\b(?:account|acc|acct|a\/c)\b/.test(ctx.fieldBefore(prev.start, 25));
}

/** Fourteenth session: whether the first two digit pairs can be a day and a month (dd.mm.yy reads as a date). */
function mayBeDayMonth(digits: string): boolean {
  const d = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4));
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/**
 * "SC 42 45 65 C": three digit pairs between two capital letters and a suffix letter A-D are an NI number
 * (HMRC's shape, whose prefix may be "SC"), not a sort code after its abbreviation. Capitals only, and no
 * slash after the letter ("sc 30 96 34 a/c ..." is a sort code then "a/c", account).
 */
function ninoAround(text: string, run: NumberRun): boolean {
  const prefix = /(?:^|[^A-Za-z])[A-Z]{2} ?$/.test(text.slice(Math.max(0, run.start - 4), run.start));
  return prefix && /^ ?[A-D](?![A-Za-z0-9/])/.test(text.slice(run.end, run.end + 3));
}

/**
 * A sort code and an account number written together ("401276 31548790", "40-12-76 31548790"):
 * six digits then eight is the shape of UK bank details, strong evidence even without a
 * trigger word; bank words make it surer, reference words weaker.
 */
function sortCodeAndAccount(ctx: ScanContext, run: NumberRun, out: Candidate[]): void {
  const g = run.groups;
  const sixThenEight = (g.length === 2 && g[0] === 6 && g[1] === 8) || (g.length === 4 && g[0] === 2 && g[1] === 2 && g[2] === 2 && g[3] === 8);
  // Fourteenth session: dotted pairs that cannot be a date ("40.12.76 31926819": no 40th day) are a sort code as dashed
  // ones are; a dot before the account ("308734.01926538") is a decimal.
  const dottedPairs = g.length === 4 && run.seps.startsWith('..') && !run.seps.slice(2).includes('.') && !mayBeDayMonth(run.digits);
  if (!sixThenEight || (run.seps.includes('.') && !dottedPairs)) return;
  // The account number is the last eight digits; find where it starts in the text.
  let i = run.end;
  let seen = 0;
  while (i > run.start && seen < 8) {
    i--;
    const c = ctx.text.charCodeAt(i);
    if (c >= 48 && c <= 57) seen++;
  }
  let sortEnd = i;
  while (sortEnd > run.start && !(ctx.text.charCodeAt(sortEnd - 1) >= 48 && ctx.text.charCodeAt(sortEnd - 1) <= 57)) sortEnd--;
  const before = ctx.before(run.start, 40);
  let confidence = SORT_CONTEXT.test(before) || /\b(?:account|acc|acct|a\/c|bank|transfer|pay|paid|payment|details)\b/.test(before) ? 0.92 : 0.8;
  if (NEGATIVE_REF.test(ctx.before(run.start, 25))) confidence -= 0.4;
  out.push({ type: 'bank_account', start: run.start, end: sortEnd, confidence, rule: 'bank_account.sort_code' });
  out.push({ type: 'bank_account', start: i, end: run.end, confidence, rule: 'bank_account.account_number' });
}

const BANK_HOLIDAY = /\bbank hol(?:iday)?s?\b/g;

function account(ctx: ScanContext, runs: NumberRun[], i: number, out: Candidate[]): void {
  const run = runs[i];
  const before = ctx.fieldBefore(run.start, 25);
  const prev = runs[i - 1];
  const afterSortCode = prev !== undefined && prev.digitCount === 6 && prev.groups.length === 3 && run.start - prev.end < 40;
  const accountWord = ACCOUNT_CONTEXT.test(before) || /\b(?:account|acc|a\/c)\b/.test(before);
  const after = !accountWord && !afterSortCode ? ctx.after(run.end, 30) : '';
  const namedAfter = (after.indexOf('acc') >= 0 || after.indexOf('a/c') >= 0) && ACCOUNT_NAMED_AFTER.test(after);
  if (!accountWord && !afterSortCode && !namedAfter) return;
  // A reference word vetoes unless the account word names the number itself, right before it: "production order
  // drafted for acct 55207341" is an account; "order ref 55207341", "customer account 55207341" are not.
  const named = ACCOUNT_CONTEXT.exec(before);
  const veto = named ? before.slice(Math.max(0, named.index - 12), named.index) : before;
  if ((/\b(?:ref|reference|order|invoice|job|customer|membership|policy)\b/.test(veto) || BOOKKEEPING_BEFORE.test(veto) || BOOKKEEPING_AFTER.test(ctx.after(run.end, 40))) && !afterSortCode) return;
  out.push({ type: 'bank_account', start: run.start, end: run.end, confidence: afterSortCode ? 0.9 : 0.85, rule: 'bank_account.account_number' });
}

/** The number ids detector: its types, cue words and entry point (collected by registry.ts). */
export const numberIdsDetector = defineDetector({
  id: 'number_ids',
  types: {
    nhs_number: { label: 'an NHS number', severity: 'high', topic: 'personal_information', mask: [3, 2] },
    payment_card: { label: 'a payment card number', severity: 'high', topic: 'personal_information', mask: [4, 4] },
    bank_account: { label: 'bank account details', severity: 'high', topic: 'personal_information', mask: [2, 2] },
    passport: { label: 'a passport number', severity: 'high', topic: 'personal_information' },
  },
  // Or a sort code or account word, for bank details typed with separators the runs do not join (bank-details-loose.ts).
  needs: (c) => c.hasDigit && (c.runs.length > 0 || mayHoldLooseBankDetails(c)),
  run: detectNumberIds,
});
