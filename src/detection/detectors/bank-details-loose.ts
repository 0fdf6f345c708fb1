import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';

/**
 * Nineteenth session: UK bank details as people type them when the shared number runs (number-runs.ts) do not hold
 * them whole, because the separators are ones no other number uses and the runs deliberately do not join:
 *  - a sort code named right before it, its pairs set apart by spaced dashes, slashes or dots ("sort code 30 - 94 - 57",
 *    "s/c 30/94/57", "sort code: 30 – 94 – 57") or split in threes ("sort code 309 457");
 *  - an account number named right before it, its eight digits in any grouping ("account number 019 283 74");
 *  - a sort code and an account number joined by a slash or a bar ("30-94-57/01928374"), after a bank word.
 * The sort code's name is written out ("sort code", "s/c"): "sc" alone is also a special constable, and a date may
 * follow it. Read only when the post holds a sort code, account or bank word (native searches), and only the span
 * right after the word. Shapes the run-based rules read are left to them.
 */
const PAIR_SEP = '(?:\\s*[-–—/.]\\s*|\\s+)';
// Sticky: tried only where a label word starts (see readNamed), never over the whole post.
const SORT_CODE_NAMED = new RegExp(
  `(?:sort ?code|s\\/c|s\\.c\\.?)(?![a-z])\\.?(?: (?:is|was))?[\\s:#=-]*(\\d{2}${PAIR_SEP}\\d{2}${PAIR_SEP}\\d{2}|\\d{3} \\d{3})(?![\\d/])`,
  'y',
);
const ACCOUNT_NAMED = /(?:account|acct|acc|a\/c)(?: ?(?:no|num|number|#))?\.?(?: (?:is|was))?[\s:#=-]*(\d(?:[ -]?\d){7})(?![\d/])/y;
const SORT_LABELS = ['sort', 's/c', 's.c'];
const ACCOUNT_LABELS = ['acc', 'a/c'];
const BANK_WORDS = /\b(?:bank|banking|sort ?code|s\/c|account|acc|acct|a\/c)\b/;

/** Whether the post has a sort code, account or bank word at all (native searches; the number detector's prefilter asks it too). */
export function mayHoldLooseBankDetails(ctx: ScanContext): boolean {
  const { lower } = ctx;
  return lower.indexOf('sort') >= 0 || lower.indexOf('s/c') >= 0 || lower.indexOf('s.c') >= 0 || lower.indexOf('acc') >= 0 || lower.indexOf('a/c') >= 0 || lower.indexOf('bank') >= 0;
}

export function looseBankDetails(ctx: ScanContext, out: Candidate[]): void {
  if (!mayHoldLooseBankDetails(ctx)) return;
  readNamed(ctx, SORT_LABELS, SORT_CODE_NAMED, 'bank_account.sort_code', out);
  readNamed(ctx, ACCOUNT_LABELS, ACCOUNT_NAMED, 'bank_account.account_number', out);
  readJoinedPairs(ctx, out);
}

/** A date in pairs and a four-digit year ("12 03 2024") has eight digits too. */
const DATE_SHAPE = /^\d{2}[ -]\d{2}[ -](?:19|20)\d{2}$/;

/**
 * What number-ids.ts's account rule reads and vetoes itself: eight digits in one group or two fours. Its veto (an
 * account qualified by another business's word: "customer account", "order ref") holds for the other groupings too.
 */
const RUN_GROUPED = /^\d{8}$|^\d{4}[ -]\d{4}$/;
const OTHER_BUSINESS = /\b(?:ref|reference|order|invoice|job|customer|membership|policy)\b[^.!?\n]{0,12}$/;

/**
 * Review of the nineteenth session: "s/c" is also a sickness self-certificate, dated ("s/c 02/12/25 for the two days
 * off"); after the abbreviation a slashed day/month/year is that date (a written-out "sort code" still reads any pairs).
 */
const SLASHED_DATE = /^(?:0[1-9]|[12]\d|3[01]) ?\/ ?(?:0[1-9]|1[0-2]) ?\/ ?\d{2}$/;
/** "Bank holiday" is a day off, not a bank: its dates joined by a slash are no sort code and account. */
const BANK_HOLIDAY = /\bbank hol(?:iday)?s?\b/g;

/** At each label word that starts a word (a native search per label), the sticky regex reads what follows it. */
function readNamed(ctx: ScanContext, labels: readonly string[], re: RegExp, rule: string, out: Candidate[]): void {
  const { lower } = ctx;
  for (const label of labels) {
    for (let p = lower.indexOf(label); p >= 0; p = lower.indexOf(label, p + 1)) {
      const c = p > 0 ? lower.charCodeAt(p - 1) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || !digitWithin(lower, p + label.length, 24)) continue;
      re.lastIndex = p;
      const m = re.exec(lower);
      if (!m || RUN_GROUPED.test(m[1]) || DATE_SHAPE.test(m[1]) || OTHER_BUSINESS.test(ctx.before(p, 24))) continue;
      if (label !== 'sort' && SLASHED_DATE.test(m[1])) continue;
      const start = p + m[0].length - m[1].length;
      push(out, start, start + m[1].length, rule);
    }
  }
}

/** A digit within `width` characters from `from` (a char loop: most label words, "accident", "sort out", have none). */
function digitWithin(s: string, from: number, width: number): boolean {
  for (let i = from; i < s.length && i < from + width; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Six digits (in pairs or run together), a slash or a bar, eight digits: two runs of the pre-pass side by side. */
function readJoinedPairs(ctx: ScanContext, out: Candidate[]): void {
  const { runs, text } = ctx;
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i];
    const b = runs[i + 1];
    const sixes = a.digitCount === 6 && (a.groups.length === 1 || (a.groups.length === 3 && a.groups[0] === 2 && a.groups[1] === 2));
    if (!sixes || b.digitCount !== 8 || b.groups.length !== 1 || b.start - a.end > 3 || a.plus) continue;
    if (!/^ ?[/|] ?$/.test(text.slice(a.end, b.start)) || !BANK_WORDS.test(ctx.before(a.start, 40).replace(BANK_HOLIDAY, ''))) continue;
    const before = a.start > 0 ? text.charCodeAt(a.start - 1) : 32;
    const after = b.end < text.length ? text.charCodeAt(b.end) : 32;
    if (before === 47 || after === 47 || isWordCode(before) || isWordCode(after)) continue;
    push(out, a.start, a.end, 'bank_account.sort_code');
    push(out, b.start, b.end, 'bank_account.account_number');
  }
}
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A span no bank detail already covers (the run-based rules' readings stand). */
function push(out: Candidate[], start: number, end: number, rule: string): void {
  for (const c of out) if (c.type === 'bank_account' && c.start < end && start < c.end) return;
  out.push({ type: 'bank_account', start, end, confidence: 0.88, rule });
}
