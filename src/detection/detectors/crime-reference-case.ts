import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';

/**
 * Dev set 17 round: references in a sentence about a police case.
 *
 * Forces' systems print a reference as a prefix in capitals, a two-digit year and a serial, the same separator twice
 * ("SD/24/0419", "STS/24/22871", "MIR-24-0007"); the older rules read it only after a reference word or with a police
 * prefix of their own list (OCC, CRN, CR/ ...), and each force and unit has its own prefix (SD for sudden deaths, EXT for
 * extraditions, CYB for cyber crime). Any organisation numbers its files so, so the shape alone is not enough: the
 * sentence must be about a police case (CASE_WORDS: a person's part in a case, the officer in it (OIC), an arrest or
 * court step (bail among them), a crime or death the police investigate (a coroner's death too), the case file's
 * forms; twelfth session: its forensic evidence, an exhibit, swab, DNA or fingerprints), and no word right
 * before may give the number to something else (an invoice, an order, an FOI request, a ticket). The year may be two digits, four, or the date the system stamped ("SD/2023/0441", "STS-20240603-0118").
 *
 * The same sentence test lets a force code, a serial and a year in digits ("41/12993/24") count without a reference
 * word (crime-reference-year-serial.ts): "Victim in 41/12993/24 wants updates", "MG6C for 41/30221/23".
 */
// Twentieth session: the offences by their abbreviations (actual and grievous bodily harm), as "assault" names them.
export const CASE_WORDS =
  /\b(?:abh|gbh|victims?|suspects?|witness(?:es)?|offenders?|complainants?|defendants?|oic|deceased|sudden death|coroners?|murder\w*|manslaughter|robbery|burglar\w*|assault\w*|theft|rape|stabbing|shooting|shots fired|firearms?|kidnap\w*|sextortion|fraud|arrest\w*|charged|remanded|bail(?:ed)?|cautioned|summonsed|extradit\w*|warrants?(?! cards?\b)|inquest|cps|mg\d{1,2}[a-z]?|exhibits?|forensics?|dna|ndnad|swabs?|fingerprints?)\b/;
/** The cue stems of CASE_WORDS (prefix stems; 'word$' exact), declared by the crime reference detector. */
export const CASE_WORD_CUES = [
  'victim', 'suspect', 'witness', 'offender', 'complainant', 'defendant', 'oic$', 'deceased', 'sudden', 'coroner', 'murder', 'manslaughter',
  'robbery', 'burglar', 'assault', 'theft', 'rape$', 'stabbing', 'shooting', 'shots$', 'firearm', 'kidnap', 'sextortion',
  'fraud', 'arrest', 'charged', 'remanded', 'bail', 'cautioned', 'summonsed', 'extradit', 'inquest',
  // Fourteenth session (core27): a warrant (arrest, breach, search) is a court step in a case; a warrant card is an ID.
  'warrant', 'cps$', 'mg$',
  // Twelfth session: a case's forensic evidence ("NDNAD match: stain from 23/51904/25 ...", "exhibit", "DNA").
  'exhibit', 'forensic', 'dna$', 'ndnad', 'swab', 'fingerprint',
  'abh$', 'gbh$',
];
// The year as two digits, four, or the whole date the system stamped ("STS-20240603-0118", eighth session).
// Twentieth session: a serial of seven digits too, as the Met's CRIS and several forces' crime systems number theirs.
const PREFIX_YEAR_SERIAL = /(?<![\w/-])[A-Z]{2,4}([/-])(?:[1-3]\d|20[1-3]\d(?:[01]\d[0-3]\d)?)\1\d{3,7}(?![\w/]|-\w)/g;
/** A word right before that gives the number to something other than a case. */
const OTHER_THING_RIGHT_BEFORE =
  /\b(?:invoices?|orders?|po|purchase|foi|requests?|tickets?|jobs? ref|vacanc\w*|course|policy|claim|tracking|booking|pension|payroll|estates|fleet|planning|application|contract|tender|stock|part|model|serial|item|product|batch|lot)\b[\s:#.,-]*(?:no\.?|number|ref(?:erence)?)?[\s:#.-]*$/;

/**
 * Thirteenth session: what is filed, logged or kept "under" a prefixed reference is kept under its case ("Dog's in kennels
 * under DD/24/00731", "logged under SD/24/0419"), as the year-and-serial rule already reads it (crime-reference-year-serial.ts).
 */
const UNDER_BEFORE = /\bunder\s*$/;

/**
 * Twentieth session: a reference set as the post's last field ("... then custody. MP/24/0331187", "Meeting with the panel
 * Friday, DVDS/24/0388."), after a sentence end, a comma or a line break and with nothing but closing punctuation after it,
 * files the whole post under it, as a signature files a letter: the post's case words then name the case, not only its
 * sentence's. A word right before that gives it to something else still vetoes it (OTHER_THING_RIGHT_BEFORE, read first).
 */
const CLOSES_POST = /^[\s.!)\]]*$/;
const FIELD_OPENS = /(?:[.!?,;:\n(]|[-–—])\s*$/;
function closingReference(ctx: ScanContext, start: number, end: number): boolean {
  if (end + 4 < ctx.text.length || !CLOSES_POST.test(ctx.text.slice(end))) return false;
  return FIELD_OPENS.test(ctx.before(start, 4)) && CASE_WORDS.test(ctx.lower);
}

/** The sentence around [start, end): from the last sentence end before it to the next one after (bounded). */
export function caseSentence(ctx: ScanContext, start: number, end: number): boolean {
  const before = ctx.before(start, 120);
  const after = ctx.after(end, 120);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const stop = /[.!?](?:\s|$)|\n/.exec(after);
  return CASE_WORDS.test(before.slice(from + 1)) || CASE_WORDS.test(stop ? after.slice(0, stop.index) : after);
}

export function prefixedCaseReferences(ctx: ScanContext, out: Candidate[]): void {
  // A case word, or "under" (a native search) for what is kept under the reference.
  if (!ctx.hasUpper || (ctx.prefilter && !ctx.has('caseWord') && ctx.lower.indexOf('under') < 0)) return;
  // The shape needs a '/' after a digit or a '-' somewhere: a native search rules most posts out before the regex runs.
  if (ctx.prefilter && ctx.digitSlashes === 0 && ctx.text.indexOf('-') < 0) return;
  // References the other rules found, in order: matches run left to right, so one pointer walks them (no rescan per match).
  const found = out.filter((c) => c.type === 'crime_reference').sort((a, b) => a.end - b.end);
  let k = 0;
  eachMatch(PREFIX_YEAR_SERIAL, ctx.text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    while (k < found.length && found[k].end <= start) k++;
    if (k < found.length && found[k].start < end) return;
    if (OTHER_THING_RIGHT_BEFORE.test(ctx.before(start, 30))) return;
    if (!caseSentence(ctx, start, end) && !UNDER_BEFORE.test(ctx.before(start, 12)) && !closingReference(ctx, start, end)) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.75, rule: 'crime_reference.case_prefixed' });
  });
}
