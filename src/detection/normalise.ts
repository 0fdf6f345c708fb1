/**
 * What a reader sees, as plain text the detectors can read: Unicode NFKC (full-width
 * digits and letters, ligatures and compatibility forms become ASCII), with zero-width
 * and bidi-control characters removed, and right-to-left overrides (U+202E ... U+202C)
 * put back into the order in which they are displayed. Without this, "０７７００ ９００２１５",
 * "077\u200B00 900215" or an override that displays "07700 900215" from reversed digits
 * would hide a value from every detector.
 *
 * Detectors scan the normalised text; `toOriginal` maps a span back to the post as
 * written, so finding offsets always refer to the text the caller passed in.
 */

/** Zero-width and invisible formatting characters, and bidi controls (embeddings, overrides, isolates, marks). */
const HIDDEN = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/;
const NON_ASCII = /[^\x00-\x7F]/;
/** One unit of normalisation: an ASCII run not followed by a combining mark, or one code point with its marks. */
const SEGMENT = /(?:[\x00-\x7F](?!\p{M}))+|[^]\p{M}*/gu;
const RLO = 0x202e;
const PDF = 0x202c;
const LRO = 0x202d;

export interface NormalisedText {
  text: string;
  /** Per normalised UTF-16 unit, the original span it came from; absent when the text did not change. */
  starts?: Int32Array;
  ends?: Int32Array;
}

export function normaliseForScan(text: string): NormalisedText {
  // Most posts are ASCII, and ASCII is already in NFKC with no hidden characters.
  if (!NON_ASCII.test(text)) return { text };
  if (!HIDDEN.test(text) && text.normalize('NFKC') === text) return { text };
  return rebuild(text);
}

interface Piece {
  s: string;
  from: number;
  to: number;
}

function rebuild(text: string): NormalisedText {
  const out: Piece[] = [];
  // Pieces inside a right-to-left override, reversed when the override ends.
  let rtl: Piece[] | undefined;
  const flushRtl = (): void => {
    if (rtl) for (let k = rtl.length - 1; k >= 0; k--) out.push(rtl[k]);
    rtl = undefined;
  };
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(text)) !== null) {
    const seg = m[0];
    const from = m.index;
    const to = from + seg.length;
    const c = seg.charCodeAt(0);
    if (seg.length === 1 || (seg.length === 2 && c >= 0xd800 && c <= 0xdbff) || c < 0x80) {
      if (c === RLO) {
        flushRtl();
        rtl = [];
        continue;
      }
      if (c === PDF || c === LRO) {
        flushRtl();
        continue;
      }
    }
    if (c < 0x80) {
      // An ASCII run: a line break ends any override (bidi runs stop at paragraph ends).
      const nl = rtl ? seg.indexOf('\n') : -1;
      if (nl >= 0) {
        pushChars(rtl!, seg.slice(0, nl), from);
        flushRtl();
        out.push({ s: seg.slice(nl), from: from + nl, to });
      } else if (rtl) {
        pushChars(rtl, seg, from);
      } else {
        out.push({ s: seg, from, to });
      }
      continue;
    }
    const s = HIDDEN.test(seg) ? seg.replace(HIDDEN_ALL, '').normalize('NFKC') : seg.normalize('NFKC');
    if (s.length === 0) continue;
    (rtl ?? out).push({ s, from, to });
  }
  flushRtl();
  let length = 0;
  for (const p of out) length += p.s.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let i = 0;
  let joined = '';
  for (const p of out) {
    joined += p.s;
    // A piece as long as its source maps unit by unit; an expansion ("ﬁ" -> "fi") maps every unit to the whole source.
    const oneToOne = p.s.length === p.to - p.from;
    for (let k = 0; k < p.s.length; k++, i++) {
      starts[i] = oneToOne ? p.from + k : p.from;
      ends[i] = oneToOne ? p.from + k + 1 : p.to;
    }
  }
  return { text: joined, starts, ends };
}

const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');

/** Characters of an ASCII run one by one, so an override can reverse them. */
function pushChars(into: Piece[], s: string, from: number): void {
  for (let k = 0; k < s.length; k++) into.push({ s: s[k], from: from + k, to: from + k + 1 });
}

/** The original span covering normalised [start, end): the extent of every unit it was built from. */
export function toOriginal(n: NormalisedText, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends || end <= start) return [start, end];
  let s = Infinity;
  let e = -1;
  for (let i = start; i < end; i++) {
    if (n.starts[i] < s) s = n.starts[i];
    if (n.ends[i] > e) e = n.ends[i];
  }
  return [s, e];
}
