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
const SORT_CODE_NAMED = new RegExp(
  `\\b(?:sort ?code|s\\/c|s\\.c\\.?)(?![a-z])\\.?(?: (?:is|was))?[\\s:#=-]*(\\d{2}${PAIR_SEP}\\d{2}${PAIR_SEP}\\d{2}|\\d{3} \\d{3})(?![\\d/])`,
  'g',
);
const ACCOUNT_NAMED = /\b(?:account|acct|acc|a\/c)(?: ?(?:no|num|number|#))?\.?(?: (?:is|was))?[\s:#=-]*(\d(?:[ -]?\d){7})(?![\d/])/g;
/** Six digits (in pairs or run together), a slash or a bar, eight digits. */
const JOINED_PAIR = /(?<![\d/])(\d{2}[-. ]?\d{2}[-. ]?\d{2}) ?[/|] ?(\d{8})(?![\d/])/g;
const BANK_WORDS = /\b(?:bank|banking|sort ?code|s\/c|account|acc|acct|a\/c)\b/;

/** Whether the post has a sort code or account word at all (native searches; the number detector's prefilter asks it too). */
export function mayHoldLooseBankDetails(ctx: ScanContext): boolean {
  return sortWord(ctx.lower) || accountWord(ctx.lower) || ctx.lower.indexOf('bank') >= 0;
}
const sortWord = (lower: string): boolean => lower.indexOf('sort') >= 0 || lower.indexOf('s/c') >= 0 || lower.indexOf('s.c') >= 0;
const accountWord = (lower: string): boolean => lower.indexOf('acc') >= 0 || lower.indexOf('a/c') >= 0;

export function looseBankDetails(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  const sort = sortWord(lower);
  const account = accountWord(lower);
  if (sort) readNamed(ctx, SORT_CODE_NAMED, 'bank_account.sort_code', out);
  if (account) readNamed(ctx, ACCOUNT_NAMED, 'bank_account.account_number', out);
  if ((sort || account || lower.indexOf('bank') >= 0) && (lower.indexOf('/') >= 0 || lower.indexOf('|') >= 0)) readJoinedPairs(ctx, out);
}

/** A date in pairs and a four-digit year ("12 03 2024") has eight digits too. */
const DATE_SHAPE = /^\d{2}[ -]\d{2}[ -](?:19|20)\d{2}$/;

/**
 * What number-ids.ts's account rule reads and vetoes itself: eight digits in one group or two fours. Its veto (an
 * account qualified by another business's word: "customer account", "order ref") holds for the other groupings too.
 */
const RUN_GROUPED = /^\d{8}$|^\d{4}[ -]\d{4}$/;
const OTHER_BUSINESS = /\b(?:ref|reference|order|invoice|job|customer|membership|policy)\b[^.!?\n]{0,12}$/;

function readNamed(ctx: ScanContext, re: RegExp, rule: string, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
    if (DATE_SHAPE.test(m[1]) || RUN_GROUPED.test(m[1]) || OTHER_BUSINESS.test(ctx.before(m.index, 24))) continue;
    const start = m.index + m[0].length - m[1].length;
    push(out, start, start + m[1].length, rule);
  }
}

function readJoinedPairs(ctx: ScanContext, out: Candidate[]): void {
  JOINED_PAIR.lastIndex = 0;
  for (let m = JOINED_PAIR.exec(ctx.lower); m; m = JOINED_PAIR.exec(ctx.lower)) {
    if (!BANK_WORDS.test(ctx.before(m.index, 40))) continue;
    const sortEnd = m.index + m[1].length;
    const accountStart = m.index + m[0].length - m[2].length;
    push(out, m.index, sortEnd, 'bank_account.sort_code');
    push(out, accountStart, accountStart + 8, 'bank_account.account_number');
  }
}

/** A span no bank detail already covers (the run-based rules' readings stand). */
function push(out: Candidate[], start: number, end: number, rule: string): void {
  for (const c of out) if (c.type === 'bank_account' && c.start < end && start < c.end) return;
  out.push({ type: 'bank_account', start, end, confidence: 0.88, rule });
}
