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
import { asciiWithHidden, isAsciiWithHidden } from './normalise-ascii';
import { withHyphens, withoutMarkup } from './normalise-typed';

/** Zero-width and invisible formatting characters, and bidi controls (embeddings, overrides, isolates, marks). */
const HIDDEN = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/;
const NON_ASCII = /[^\x00-\x7F]/;
/** One unit of normalisation: one code point with its combining marks. */
const SEGMENT = /[^]\p{M}*/gu;
const RLO = 0x202e;

export interface NormalisedText {
  text: string;
  /** Per normalised UTF-16 unit, the original span it came from; absent when the text did not change. */
  starts?: Int32Array;
  ends?: Int32Array;
}

export function normaliseForScan(text: string): NormalisedText {
  // Most posts are ASCII, and ASCII is already in NFKC with no hidden characters.
  if (!NON_ASCII.test(text)) return withoutMarkup({ text }, true);
  const n = unicodeView(text);
  // typed dashes between letters or digits are hyphens (same length); markdown marks are dropped (normalise-typed.ts)
  const hyphens = withHyphens(n.text);
  return withoutMarkup(hyphens === n.text ? n : { ...n, text: hyphens });
}

function unicodeView(text: string): NormalisedText {
  const hidden = HIDDEN.test(text);
  if (!hidden) {
    const n = text.normalize('NFKC');
    if (n === text) return { text };
    // Same length and no combining marks: every unit became one unit in place ("０" -> "0"), so offsets are unchanged.
    if (n.length === text.length && !MARK.test(text)) return { text: n };
  } else if (isAsciiWithHidden(text)) {
    // ASCII and hidden characters only (a flood of zero-width spaces or overrides): one pass over char codes.
    return asciiWithHidden(text);
  } else if (!BIDI_OVERRIDES.test(text)) {
    // Hidden characters only need removing: the kept units map back one by one.
    const kept = text.replace(HIDDEN_ALL, '');
    const n = kept.normalize('NFKC');
    if (n.length === kept.length && !MARK.test(kept)) return { text: n, ...keptOffsets(text, kept.length) };
  }
  return rebuild(text);
}

const MARK = /\p{M}/u;

/** Offsets of the units of `text` that are not hidden characters, in one pass. */
function keptOffsets(text: string, length: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    if (HIDDEN_CODES.has(text.charCodeAt(i))) continue;
    starts[j] = i;
    ends[j] = i + 1;
    j++;
  }
  return { starts, ends };
}

/**
 * Output under construction: text parts plus, per output UTF-16 unit, its original span.
 * Spans live in growable Int32Arrays and override pieces in parallel arrays, so a 1 MB post
 * of hidden characters or overrides allocates a few buffers, not a tuple per character.
 */
class Builder {
  parts: string[] = [];
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** Pieces inside a right-to-left override, reversed when the override ends. */
  inRtl = false;
  private rtlText: string[] = [];
  private rtlFrom: number[] = [];
  private rtlTo: number[] = [];
  /** Per override piece: true when it is ASCII already reversed, mapped unit by unit from its end. */
  private rtlReversed: boolean[] = [];

  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  startRtl(): void {
    this.inRtl = true;
  }

  push(s: string, from: number, to: number): void {
    if (this.inRtl) {
      this.rtlText.push(s);
      this.rtlFrom.push(from);
      this.rtlTo.push(to);
      this.rtlReversed.push(false);
      return;
    }
    this.parts.push(s);
    this.reserve(s.length);
    // A piece as long as its source maps unit by unit; an expansion ("ﬁ" -> "fi") maps every unit to the whole source.
    const oneToOne = s.length === to - from;
    for (let k = 0; k < s.length; k++) {
      this.starts[this.length] = oneToOne ? from + k : from;
      this.ends[this.length] = oneToOne ? from + k + 1 : to;
      this.length++;
    }
  }

  /**
   * ASCII inside an override is reversed character by character, as it is displayed; a
   * newline ends the override. The reversed run is kept as one piece (not one per character),
   * so a 1 MB flood of overrides costs a few string operations per run.
   */
  pushAscii(s: string, from: number): void {
    if (!this.inRtl) return this.push(s, from, from + s.length);
    const newline = s.indexOf('\n');
    const inside = newline < 0 ? s : s.slice(0, newline);
    if (inside.length > 0) {
      this.rtlText.push(reverseAscii(inside));
      this.rtlFrom.push(from);
      this.rtlTo.push(from + inside.length);
      this.rtlReversed.push(true);
    }
    if (newline >= 0) {
      this.endRtl();
      this.push(s.slice(newline), from + newline, from + s.length);
    }
  }

  endRtl(): void {
    if (!this.inRtl) return;
    this.inRtl = false;
    const { rtlText, rtlFrom, rtlTo, rtlReversed } = this;
    for (let k = rtlText.length - 1; k >= 0; k--) {
      if (rtlReversed[k]) this.pushReversed(rtlText[k], rtlFrom[k]);
      else this.push(rtlText[k], rtlFrom[k], rtlTo[k]);
    }
    rtlText.length = 0;
    rtlFrom.length = 0;
    rtlTo.length = 0;
    rtlReversed.length = 0;
  }

  /** An ASCII run already reversed: its first unit came from the last character of [from, from + s.length). */
  private pushReversed(s: string, from: number): void {
    this.parts.push(s);
    this.reserve(s.length);
    const last = from + s.length - 1;
    for (let k = 0; k < s.length; k++) {
      this.starts[this.length] = last - k;
      this.ends[this.length] = last - k + 1;
      this.length++;
    }
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}

/** ASCII runs and non-ASCII runs; a non-ASCII run is normalised whole when it keeps its length. */
const RUN = /[\x00-\x7F]+|[^\x00-\x7F]+/g;
const STARTS_WITH_MARK = /^\p{M}/u;
const BIDI_OVERRIDES = /[\u202C-\u202E]/;

function rebuild(text: string): NormalisedText {
  const b = new Builder(text.length);
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let carry = -1; // start of an ASCII character moved into the next run (a base for its combining mark)
  while ((m = RUN.exec(text)) !== null) {
    let from = m.index;
    let run = m[0];
    if (run.charCodeAt(0) < 0x80) {
      const next = RUN.lastIndex < text.length && startsWithMark(text, RUN.lastIndex);
      if (next) run = run.slice(0, -1);
      if (run) b.pushAscii(run, from);
      carry = next ? from + run.length : -1;
      continue;
    }
    if (carry >= 0) {
      run = text.slice(carry, from + run.length);
      from = carry;
      carry = -1;
    }
    // Runs of nothing but invisible characters (a zero-width space between two letters) just vanish,
    // apart from the overrides among them, read without splitting the run into segments.
    if (HIDDEN_ONLY.test(run)) {
      if (BIDI_OVERRIDES.test(run)) overridesOnly(b, run);
      continue;
    }
    if (!HIDDEN.test(run)) {
      const n = run.normalize('NFKC');
      if (n.length === run.length) {
        b.push(n, from, from + run.length);
        continue;
      }
    }
    segments(b, run, from);
  }
  b.endRtl();
  const joined = b.parts.join('');
  return { text: joined, starts: b.starts.slice(0, b.length), ends: b.ends.slice(0, b.length) };
}

/**
 * A run of hidden characters only: nothing is output, but overrides open and close. As in
 * segments(), an override followed by a combining mark is one segment with it and does nothing.
 */
function overridesOnly(b: Builder, run: string): void {
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k);
    if (c < 0x202c || c > 0x202e) continue;
    if (k + 1 < run.length && MARK_CODES[run.charCodeAt(k + 1)] === 1) continue;
    b.endRtl();
    if (c === RLO) b.startRtl();
  }
}

function reverseAscii(s: string): string {
  if (s.length === 1) return s;
  let r = '';
  for (let k = s.length - 1; k >= 0; k--) r += s[k];
  return r;
}

/** One code point (with its combining marks) at a time: hidden characters dropped, overrides applied. */
function segments(b: Builder, run: string, offset: number): void {
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(run)) !== null) {
    const seg = m[0];
    const from = offset + m.index;
    const c = seg.charCodeAt(0);
    if (seg.length === 1 && c >= 0x202c && c <= 0x202e) {
      b.endRtl();
      if (c === RLO) b.startRtl();
      continue;
    }
    const hidden = seg.length === 1 ? HIDDEN_CODES.has(c) : HIDDEN.test(seg);
    if (hidden && seg.length === 1) continue; // an invisible character alone leaves nothing
    const s = hidden ? seg.replace(HIDDEN_ALL, '').normalize('NFKC') : seg.normalize('NFKC');
    if (s.length > 0) b.push(s, from, from + seg.length);
  }
}

const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');
/** The code units HIDDEN matches, for the one-pass offset map. */
const HIDDEN_CODES: ReadonlySet<number> = new Set(
  Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => HIDDEN.test(String.fromCharCode(c))),
);
/** Combining marks in the Basic Multilingual Plane, one flag per code unit (surrogates are checked by the regex). */
const MARK_CODES = Uint8Array.from({ length: 0x10000 }, (_, c) => (c >= 0x300 && (c < 0xd800 || c > 0xdfff) && MARK.test(String.fromCharCode(c)) ? 1 : 0));

/** True when text at i starts with a combining mark; a table read, except for astral characters. */
function startsWithMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return STARTS_WITH_MARK.test(text.slice(i, i + 2));
  return MARK_CODES[c] === 1;
}

const HIDDEN_ONLY = new RegExp(`^${HIDDEN.source}+$`);

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
