import { getCountries, type MetadataJson } from 'libphonenumber-js/core';
import minMetadata from 'libphonenumber-js/min/metadata';
import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { countDigits, eachMatchNear } from '../text-utils';
import { ibansOfLetters, mayHoldIban } from './iban-letters';
import { isValidNino } from '../validators/nino';
import { IBAN_LENGTHS, isValidIban } from '../validators/iban';
import { isValidDrivingLicence } from '../validators/driving-licence';
import { GLUED_LABELS, gluedWordBefore } from '../glued-labels';
import { policeIds } from './police-id-patterns';
import { NEGATIVE_REF } from './number-context';
import { PASSPORT_NAMED_AFTER, PASSPORT_WORD } from './passport-number-runs';

/**
 * Letter-and-digit identifiers with an official structure: NI numbers, IBANs, DVLA
 * licence numbers, foreign-style passport numbers, PNC IDs and CRO numbers.
 * Every regex has bounded repetition and a distinct first character class, so a
 * failing match costs a constant amount per position.
 */
const NINO = /\b[A-Za-z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-Da-d]?\b/g;
const NINO_CONTEXT = /\b(?:ni|nino|national insurance|ni no|ni number|nat ins)\b/;
/** An NI number in capitals typed against its lower-case label ("ni noHR276405B"): the case change is the boundary. */
const NINO_GLUED = /(?<=[a-z])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]?\b/g;
const IBAN = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}\b/g;
/**
 * An IBAN opens with its country's ISO 3166 code (ISO 13616). Outside the registry lengths an unregistered code must at
 * least be a country: libphonenumber-js's regions (245, as the phone detector reads them). Dev set 16 round: an NI
 * number before a word ("JT482761D on the contract") passed mod 97 by chance with "JT", which is no country.
 */
const COUNTRY_CODES: ReadonlySet<string> = new Set(getCountries(minMetadata as unknown as MetadataJson));
const DRIVING = /\b[A-Za-z9]{5} ?\d{6} ?[A-Za-z9]{2}\d[A-Za-z]{2}(?: ?\d{2})?\b/g;
const DRIVING_CONTEXT = /\b(?:driving|licence|license|dvla|dl)\b/;
/**
 * Sixteenth session: the check characters in letters or digits, and set apart by a space as the card's groups are copied
 * ("PATEL 606159 SN9 KX", "WILLI753204JD9 4X"). Codes of this looser shape are common (stock and booking codes), so it
 * counts only with the licence named just before it (DRIVING_CONTEXT).
 */
const DRIVING_LOOSE = /\b[A-Za-z9]{5} ?\d{6} ?[A-Za-z9]{2}\d ?[A-Za-z0-9]{2}\b/g;
const PASSPORT_ALNUM = /\b[A-Za-z]{1,2}\d{7,8}\b/g;
const PASSPORT_ALNUM_SPACED = /\b[A-Z]{1,2} \d{7,8}\b/g;
/**
 * Nineteenth session: a two-letter series and six digits, glued or set apart, in any case ("FK550194", "ek 771204"), as
 * Ukraine, Canada and others print theirs: read only in the passport word's sentence (PASSPORT_SERIES_NEAR). The letters
 * must not be a two-letter word or a label of another number ("no 123456", "ref", "pc", "id"), and a token that is also
 * an NI number's shape scores below an NI number named as such (0.75 against 0.8), so "ni AB123456" stays an NI number.
 */
const PASSPORT_SERIES_SIX = /\b([A-Za-z]{2}) ?\d{6}\b/g;
const NOT_A_SERIES = /^(?:no|nr|is|to|at|on|of|by|in|it|as|be|do|go|if|me|my|or|so|up|us|we|he|an|am|id|ok|pp|pc|ps|dc|ds|di|cr|po|rm|ex|ni|dl|vs|tel|op|ip|ad|ac|sc)$/i;
// No sentence end between (a full stop, ! or ? before a space): "passport no. FE918204" keeps its abbreviation's point.
const PASSPORT_SERIES_NEAR = new RegExp(`\\b${PASSPORT_WORD}\\b(?:\\b(?:no|nr|num)\\.\\s|(?![.!?]\\s)[^\\n]){0,70}$`);
/**
 * Review of the nineteenth session: a passport sentence is often about the passport office, its photos, scanner or team,
 * and the two letters and six digits then carry their own thing's label right before them ("course code LD 204511",
 * "asset tag CU 330187", "part KW 450012", "hotel booking HB 771204", "fault logged as FM 882013"): the stock, asset and
 * booking labels number-ids already reads as another kind of number's name, and "logged as".
 */
const SERIES_LABELLED_OTHERWISE =
  /(?:\b(?:codes?|stock|serials?|parts?|orders?|invoices?|tickets?|refs?|references?|tags?|assets?|bookings?|tracking|items?|skus?|doc(?:ument)?s?(?: id)?|modules?|courses?)\b|\blogged\b[^.!?\n]{0,20}\b(?:as|under))[\s:#.,-]*$/;
/** Right after "passport no/number:", any passport-shaped token counts, whatever the issuing country's format. */
const PASSPORT_NUMBER_AFTER = new RegExp(`\\b${PASSPORT_WORD}(?: (?:no|num|number|#|nbr|nr))?\\.?(?: is| was)?[\\s:#.-]*$`);
const PASSPORT_ANY = /\b[A-Za-z0-9]{6,12}\b/g;
// Ninth session: the plural too ("passports recovered: C4829163 and ..."), which `\bpassport\b` missed.
const PASSPORT_CONTEXT = new RegExp(`\\b${PASSPORT_WORD}\\b`);

export function detectPatternIds(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.hasDigit) return;
  const { text } = ctx;
  if (text.includes('/')) policeIds(ctx, out);
  if (ctx.has('passport')) passportAfterNumberWords(ctx, out);
  // NI numbers, IBANs and licence numbers all have six or more digits right after letters.
  if (!ctx.hasRunAfterLetter) {
    if (ctx.hasLetterDigit && ctx.hasUpper) ibansOfLetters(ctx, out);
    return;
  }
  // Each identifier is only looked for around number runs of its own shape.
  const ninoRuns: number[] = [];
  const letterRuns: number[] = [];
  for (const r of ctx.runs) {
    const g = r.groups;
    if (r.digitCount === 6 && (g.length === 1 || (g.length === 3 && g[0] === 2 && g[1] === 2))) ninoRuns.push(r.start);
    if (afterLetter(text, r.start, 12)) letterRuns.push(r.start);
  }

  eachMatchNear(NINO, text, ninoRuns, 4, 14, (m) => {
    let raw = m[0].trim();
    const context = NINO_CONTEXT.test(ctx.before(m.index, 40));
    // A letter joined by a slash to what follows is an abbreviation ("sc 200000 a/c 31548790"), not the suffix.
    if (/[A-Da-d]$/.test(raw) && text.charCodeAt(m.index + raw.length) === 47) raw = raw.slice(0, -1).trimEnd().replace(/-$/, '');
    const hasSuffix = /[A-Da-d]$/.test(raw);
    const normal = hasSuffix ? raw : raw + 'A';
    if (!isValidNino(normal)) return;
    const upper = raw === raw.toUpperCase();
    let confidence = upper ? 0.9 : 0.55;
    if (!hasSuffix) confidence = context ? 0.8 : 0.3;
    if (context) confidence = Math.max(Math.min(1, confidence + 0.1), hasSuffix ? 0.95 : 0.8); // named as an NI number, in any case
    out.push({ type: 'nino', start: m.index, end: m.index + raw.length, confidence, rule: 'nino.format' });
  });

  eachMatchNear(NINO_GLUED, text, ninoRuns, 4, 14, (m) => {
    const label = gluedWordBefore(text, m.index);
    if (!GLUED_LABELS.nino.test(label) || !NINO_CONTEXT.test(ctx.before(m.index, 40)) || !isValidNino(/[A-D]$/.test(m[0]) ? m[0] : m[0] + 'A')) return;
    out.push({ type: 'nino', start: m.index, end: m.index + m[0].length, confidence: 0.9, rule: 'nino.glued_label' });
  });

  if (ctx.hasLetterDigit) {
    ibanAndLicence(ctx, letterRuns, out);
    if (ctx.hasUpper) ibansOfLetters(ctx, out);
  }

  if (ctx.has('passport')) {
    eachMatchNear(PASSPORT_ALNUM, text, letterRuns, 14, 48, (m) => {
      if (!PASSPORT_CONTEXT.test(ctx.fieldBefore(m.index, 80)) && !PASSPORT_NAMED_AFTER.test(ctx.after(m.index + m[0].length, 24))) return;
      const upper = m[0] === m[0].toUpperCase();
      out.push({ type: 'passport', start: m.index, end: m.index + m[0].length, confidence: upper ? 0.85 : 0.8, rule: 'passport.alnum_context' });
    });
    // Eleventh session: the letters set apart from the digits, as printed on some passports ("Polish passport EK 7716240"):
    // in capitals only, as a lower-case word before a number ("is 7716240") is prose.
    eachMatchNear(PASSPORT_ALNUM_SPACED, text, ctx.cueStarts('passport'), 0, 90, (m) => {
      if (!PASSPORT_CONTEXT.test(ctx.before(m.index, 80))) return;
      out.push({ type: 'passport', start: m.index, end: m.index + m[0].length, confidence: 0.8, rule: 'passport.alnum_context' });
    });
    eachMatchNear(PASSPORT_SERIES_SIX, text, ctx.cueStarts('passport'), 0, 90, (m) => {
      // Another number's label right before it ("ticket AB123456", "order ref ...") names what it is.
      if (NOT_A_SERIES.test(m[1]) || !PASSPORT_SERIES_NEAR.test(ctx.fieldBefore(m.index, 80)) || NEGATIVE_REF.test(ctx.before(m.index, 25))) return;
      if (SERIES_LABELLED_OTHERWISE.test(ctx.before(m.index, 30))) return;
      out.push({ type: 'passport', start: m.index, end: m.index + m[0].length, confidence: 0.75, rule: 'passport.series_six' });
    });
  }
}

function passportAfterNumberWords(ctx: ScanContext, out: Candidate[]): void {
  eachMatchNear(PASSPORT_ANY, ctx.text, ctx.cueStarts('passport'), 0, 40, (m) => {
    const digits = countDigits(m[0]);
    // Dev set 17 round: ICAO 9303 gives a passport number up to nine letters and digits, and many countries mix them
    // ("Dutch passport NXC4R7LT2"): in capitals, six to nine characters with two digits or more also count.
    const icao = digits >= 2 && digits < 5 && m[0].length <= 9 && /^[A-Z0-9]+$/.test(m[0]) && /[A-Z].*[A-Z]/.test(m[0]);
    // Fifteenth session: a table column's header counts as the label ("Passport | Nationality" over "C01X00T47 | German").
    if ((digits < 5 && !icao) || !PASSPORT_NUMBER_AFTER.test(ctx.fieldBefore(m.index, 30))) return;
    out.push({ type: 'passport', start: m.index, end: m.index + m[0].length, confidence: 0.8, rule: 'passport.after_number_words' });
  });
}

/** A letter within `width` characters before `start`, with only letters, digits and spaces between. */
function afterLetter(text: string, start: number, width: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - width; i--) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c !== 32 && !(c >= 48 && c <= 57)) return false;
  }
  return false;
}

/** The part of `before` after its last sentence end (a full stop, ! or ? and a space, or a new line). */
function sentenceBefore(before: string): string {
  const m = /[.!?]\s(?!.*[.!?]\s)|\n(?!.*\n)/s.exec(before);
  return m ? before.slice(m.index + 1) : before;
}

function ibanAndLicence(ctx: ScanContext, letterRuns: number[], out: Candidate[]): void {
  const { text } = ctx;
  eachMatchNear(IBAN, text, letterRuns, 14, 48, (m) => {
    const upper = m[0].slice(0, 2) === m[0].slice(0, 2).toUpperCase();
    // In lower case only registered country lengths count: a chance mod-97 pass in prose is not an IBAN.
    const country = m[0].slice(0, 2).toUpperCase();
    if (!upper && IBAN_LENGTHS[country] === undefined) return;
    if (!COUNTRY_CODES.has(country)) return;
    const span = ibanSpan(m[0].toUpperCase());
    if (span === undefined) return;
    // Opened in capitals, an IBAN is written in capitals throughout: lower-case letters after it are the next words of
    // the sentence, which a chance mod-97 pass can take in ("NE734018C but PNC ha", an NI number and prose).
    if (upper && /[a-z]/.test(m[0].slice(2, span))) return;
    out.push({ type: 'iban', start: m.index, end: m.index + span, confidence: upper ? 0.97 : 0.9, rule: 'iban.mod97' });
  });

  eachMatchNear(DRIVING, text, letterRuns, 14, 48, (m) => {
    if (!isValidDrivingLicence(m[0].slice(0, 16 + (m[0].match(/ /g)?.length ?? 0)).replace(/ \d{2}$/, ''))) return;
    const upper = m[0] === m[0].toUpperCase();
    const context = DRIVING_CONTEXT.test(ctx.before(m.index, 40));
    // All in lower case the structure is as sure as in capitals, a little less ("driver (li999753236mj9rt)": typed on
    // a phone); mixed case is how random codes and hashes look, and stays unsure without the licence's name.
    const lower = m[0] === m[0].toLowerCase();
    const confidence = upper ? (context ? 0.97 : 0.85) : context ? 0.7 : lower ? 0.6 : 0.3;
    out.push({ type: 'driving_licence', start: m.index, end: m.index + m[0].length, confidence, rule: 'driving_licence.dvla' });
  });

  eachMatchNear(DRIVING_LOOSE, text, letterRuns, 14, 48, (m) => {
    // The licence may be named earlier in the sentence ("wanted my licence number and I couldn't read it ...: X").
    // The sentence widens the 40 characters, never narrows them ("licence no. X": the abbreviation's point is no sentence end).
    const named = DRIVING_CONTEXT.test(ctx.before(m.index, 40)) || DRIVING_CONTEXT.test(sentenceBefore(ctx.before(m.index, 120)));
    if (!named || !isValidDrivingLicence(m[0], true)) return;
    if (out.some((c) => c.type === 'driving_licence' && c.start === m.index)) return;
    const upper = m[0] === m[0].toUpperCase();
    out.push({ type: 'driving_licence', start: m.index, end: m.index + m[0].length, confidence: upper ? 0.9 : 0.7, rule: 'driving_licence.dvla_named' });
  });
}


/**
 * The regex may run past the IBAN into a following upper-case word; the country's
 * registered length says where the IBAN really ends. Returns the span length in the
 * raw match, or undefined when no valid IBAN starts here.
 */
function ibanSpan(raw: string): number | undefined {
  const len = IBAN_LENGTHS[raw.slice(0, 2)];
  let compact = 0;
  const limit = len ?? 34;
  let i = 0;
  let best: number | undefined;
  for (; i < raw.length && compact < limit; i++) {
    if (raw[i] !== ' ') compact++;
    if (len === undefined && compact >= 15 && isValidIban(raw.slice(0, i + 1))) best = i + 1;
  }
  if (len !== undefined) {
    if (compact !== len) return undefined;
    // A group split in the middle ("...7654 32ABC") is not an IBAN boundary.
    if (i < raw.length && raw[i] !== ' ') return undefined;
    return isValidIban(raw.slice(0, i)) ? i : undefined;
  }
  return best;
}

/** The pattern ids detector: its types, cue words and entry point (collected by registry.ts). */
export const patternIdsDetector = defineDetector({
  id: 'pattern_ids',
  types: {
    nino: { label: 'a National Insurance number', severity: 'high', topic: 'personal_information', mask: [2, 1] },
    iban: { label: 'a bank account number (IBAN)', severity: 'high', topic: 'personal_information', mask: [4, 2] },
    driving_licence: { label: 'a driving licence number', severity: 'high', topic: 'personal_information' },
    pnc_id: { label: 'a PNC ID', severity: 'high', topic: 'personal_information' },
    cro_number: { label: 'a CRO number', severity: 'high', topic: 'personal_information' },
  },
  also: ['passport'],
  cues: {
    passport: [
      'passport',
      // Fifteenth session: the word in other languages (PASSPORT_WORD).
      'reisepass', 'passeport', 'pasaporte', 'paszport', 'passaporto', 'paspoort', 'pasaport',
      // Twentieth session: "travel doc(ument)" (PASSPORT_WORD); the rules ask for the whole phrase.
      'travel$',
    ],
  },
  // PNC and CRO numbers hinge on a '/' after a digit, passports on their cue, the rest on digits right after letters.
  // Ninth session: or an IBAN's opening (two capitals of a registered country and two digits) for one of letters.
  needs: (c) => c.hasDigit && c.hasLetter && (c.has('passport') || c.digitSlashes > 0 || c.hasRunAfterLetter || mayHoldIban(c)),
  run: detectPatternIds,
});
