/**
 * Two rewrites of what people type, applied after Unicode normalisation (normalise.ts):
 *
 * - A typographic dash between two letters or digits is a hyphen: word processors and phones
 *   turn "-" into an en dash (U+2013) and copied text brings figure dashes, minus signs and
 *   non-breaking hyphens ("07700–900123", "12–03–1990", "40‑12‑76"). Same length, so offsets
 *   are unchanged. A spaced dash between clauses (" – ") is left as it is.
 * - Markdown emphasis and code marks are not what a reader sees: a run of one to three '*' or
 *   '`', or "~~", that opens or closes a word ("**OFFICIAL-SENSITIVE**", "`21-118734-24`") is
 *   dropped, with an offset map back to the text as written. A run between two letters or
 *   digits (a masked "0770****123") or standing alone between spaces ("5 * 3") stays.
 */
import { isAsciiAlnum as isAlnum } from './text-utils';

/** normalise.ts's NormalisedText (written out here so the two files do not import each other). */
interface NormalisedText {
  text: string;
  starts?: Int32Array;
  ends?: Int32Array;
}

/** Dashes other than the ASCII hyphen-minus: U+2010-U+2015, minus sign, small and full-width hyphen-minus. */
const isTypedDash = (c: number): boolean => c >= 0x2010 && (c <= 0x2015 || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d);

const TYPED_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;

/** Text (already NFKC) with each dash between two letters or digits made a hyphen; a loop over char codes, no regex. */
export function withHyphens(text: string): string {
  // one native scan finds the first typed dash; text with none (most posts) is returned as it is
  const first = TYPED_DASH.exec(text);
  if (first === null) return text;
  let out: string[] | undefined;
  let from = 0;
  for (let i = Math.max(1, first.index); i < text.length - 1; i++) {
    if (!isTypedDash(text.charCodeAt(i)) || !isAlnum(text.charCodeAt(i - 1)) || !isAlnum(text.charCodeAt(i + 1))) continue;
    (out ??= []).push(text.slice(from, i), '-');
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** A markup run touching a word on one side and not on the other (opening or closing it). */
const MARKUP_RUN = /(?<![A-Za-z0-9*`~])(?:\*{1,3}|`{1,3}|~~)(?=[A-Za-z0-9(])|(?<=[A-Za-z0-9).!?:])(?:\*{1,3}|`{1,3}|~~)(?![A-Za-z0-9*`~])/g;

/**
 * `n` with markdown marks that open or close a word, and quotes around a value, removed; offsets composed with n's map.
 * `ascii`: the caller knows the text is ASCII (no curly quote to look for).
 */
export function withoutMarkup(n: NormalisedText, ascii = false): NormalisedText {
  const text = n.text;
  const cuts: number[] = []; // start, end pairs, in order
  // native scans, no regex run, for the posts (nearly all) with no mark at all
  if (text.indexOf('*') >= 0 || text.indexOf('`') >= 0 || text.indexOf('~~') >= 0) markupCuts(text, cuts);
  const quotes = quoteCuts(text, ascii);
  if (quotes) mergeCuts(cuts, quotes);
  if (cuts.length === 0) return n;
  let removed = 0;
  for (let k = 0; k < cuts.length; k += 2) removed += cuts[k + 1] - cuts[k];
  const length = text.length - removed;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let j = 0;
  let from = 0;
  const keep = (a: number, b: number): void => {
    if (b <= a) return;
    parts.push(text.slice(a, b));
    for (let i = a; i < b; i++, j++) {
      starts[j] = n.starts ? n.starts[i] : i;
      ends[j] = n.ends ? n.ends[i] : i + 1;
    }
  };
  for (let k = 0; k < cuts.length; k += 2) {
    keep(from, cuts[k]);
    from = cuts[k + 1];
  }
  keep(from, text.length);
  return { text: parts.join(''), starts, ends };
}

function markupCuts(text: string, cuts: number[]): void {
  MARKUP_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKUP_RUN.exec(text)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    // a run between two letters or digits is a mask, not markup
    if (a > 0 && b < text.length && isAlnum(text.charCodeAt(a - 1)) && isAlnum(text.charCodeAt(b))) continue;
    cuts.push(a, b);
  }
}

/** Adds the one-character cuts at the positions in `more` to `cuts` (start, end pairs), keeping start order. */
function mergeCuts(cuts: number[], more: number[]): void {
  const all: number[] = [];
  let i = 0;
  let k = 0;
  while (i < cuts.length || k < more.length) {
    if (k >= more.length || (i < cuts.length && cuts[i] < more[k])) all.push(cuts[i++], cuts[i++]);
    else all.push(more[k], more[k++] + 1);
  }
  cuts.length = 0;
  for (const x of all) cuts.push(x);
}

/** Straight and curly quotes: the closing marks each opening one may pair with (a switch on the char code, no object look-up per character). */
const closersOf = (c: number): string | undefined =>
  c === 34 ? '"' : c === 39 ? "'" : c === 0x201c ? '\u201d\u201c"' : c === 0x2018 ? "\u2019'" : undefined;
const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;

/**
 * Quotes around a value: an opening quote after no letter or digit, the value (at most 40 characters on one line, with a
 * digit, starting and ending with a letter or digit; one token, or figures and spaces only), and its closing quote before
 * no letter or digit ("acct "60837215"", "ref ‘13/48217/24’", "'07700 900123'"). Returns the positions of both quotes;
 * an apostrophe ("Dave's") is no quote, and a quoted phrase keeps its quotes (words beside it read as they are).
 */
const CURLY_OPENER = /[\u201c\u2018]/;

function quoteCuts(text: string, ascii: boolean): number[] | undefined {
  // The quotes are visited by native indexOf scans, one next position per kind, not a loop over every character. ASCII
  // text (most posts) has no curly quote to look for, and other text is tested for one by a single regex run first.
  let straight2 = text.indexOf('"');
  let straight1 = text.indexOf("'");
  const curly = !ascii && CURLY_OPENER.test(text);
  let curly2 = curly ? text.indexOf('\u201c') : -1;
  let curly1 = curly ? text.indexOf('\u2018') : -1;
  let out: number[] | undefined;
  for (let from = 0; ; ) {
    if (straight2 >= 0 && straight2 < from) straight2 = text.indexOf('"', from);
    if (straight1 >= 0 && straight1 < from) straight1 = text.indexOf("'", from);
    if (curly2 >= 0 && curly2 < from) curly2 = text.indexOf('\u201c', from);
    if (curly1 >= 0 && curly1 < from) curly1 = text.indexOf('\u2018', from);
    const i = firstOf(firstOf(straight2, straight1), firstOf(curly2, curly1));
    if (i < 0 || i >= text.length - 2) return out;
    const j = closingQuote(text, i);
    if (j >= 0) (out ??= []).push(i, j);
    from = j >= 0 ? j + 1 : i + 1;
  }
}

/** Where the quote opening a value at `i` closes (see quoteCuts), or -1 when it opens none. */
function closingQuote(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const closers = closersOf(c);
  if (!closers || (i > 0 && isAlnum(text.charCodeAt(i - 1))) || !isAlnum(text.charCodeAt(i + 1))) return -1;
  let digit = false;
  let letter = false;
  let space = false;
  for (let j = i + 1; j < text.length && j <= i + 41; j++) {
    const d = text.charCodeAt(j);
    if (d === 10) break;
    if (d >= 48 && d <= 57) digit = true;
    else if (d === 32 || d === 9) space = true;
    else if (isAlnum(d)) letter = true;
    // a quoted phrase ("'vauxhall corsa, mv67 okl'") keeps its quotes: only one token, or figures and spaces
    if (space && letter) break;
    if (!isQuote(d)) continue;
    if (!closers.includes(text[j]) || !isAlnum(text.charCodeAt(j - 1)) || (j + 1 < text.length && isAlnum(text.charCodeAt(j + 1)))) {
      if (d === c && c !== 39) break; // another opening quote of the same kind: not a pair
      continue;
    }
    return digit ? j : -1;
  }
  return -1;
}

/** The smaller of two indexOf results, -1 counting as absent. */
const firstOf = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b));
