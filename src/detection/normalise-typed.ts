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
import type { NormalisedText } from './normalise';

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Dashes other than the ASCII hyphen-minus: U+2010-U+2015, minus sign, small and full-width hyphen-minus. */
const isTypedDash = (c: number): boolean => (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;

/** Text (already NFKC) with each dash between two letters or digits made a hyphen; a loop over char codes, no regex. */
export function withHyphens(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 1; i < text.length - 1; i++) {
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

/** `n` with markdown marks that open or close a word removed; offsets composed with n's own map. */
export function withoutMarkup(n: NormalisedText): NormalisedText {
  const text = n.text;
  // three native scans, no regex run, for the posts (nearly all) with no mark at all
  if (text.indexOf('*') < 0 && text.indexOf('`') < 0 && text.indexOf('~~') < 0) return n;
  MARKUP_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  const cuts: number[] = []; // start, end pairs
  while ((m = MARKUP_RUN.exec(text)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    // a run between two letters or digits is a mask, not markup
    if (a > 0 && b < text.length && isAlnum(text.charCodeAt(a - 1)) && isAlnum(text.charCodeAt(b))) continue;
    cuts.push(a, b);
  }
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
