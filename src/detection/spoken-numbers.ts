/**
 * Numbers read out in words (dev set 12 round): dictated voice notes and speech-to-text write what was said ("mums
 * number is oh seven seven double oh 900258", "crime number thirteen stroke 48812 stroke twenty four", "lives at forty
 * one rosemont avenue"), and people spell numbers out to slip them past filters. Every detector reads digits, so this
 * module writes a second view of the post with each spoken number as the digits a listener would note down, keeping for
 * every character of the view the span of the words it came from (as normalise.ts does for NFKC), and the scanner runs
 * the detectors on that view too (spoken-number-scan.ts).
 *
 * How people say numbers, as a listener writes them down:
 * - digits one by one, "oh"/"zero"/"nought" for 0, "double"/"treble" before a digit ("double oh" = 00);
 * - pairs: a teen or a tens word with an optional unit ("nineteen eighty four" = 1984, "twenty two ten" = 2210);
 * - "stroke", "slash" between two numbers = "/" ("thirteen stroke 48812" = 13/48812);
 * - digits already written beside spoken ones join them ("07700 nine double oh 563" = 07700900563);
 * - an ordinal before "of" and a month, or after a month, is a day ("second of july" = 2nd of july).
 * A lone number word ("two officers", "one of them") is left as it is: a run needs two spoken words, or one joined to
 * written digits or to a stroke.
 */
export interface SpokenView {
  text: string;
  /** Per character of `text`, the span in the source text it came from. */
  starts: Int32Array;
  ends: Int32Array;
}

const DIGITS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const TEENS: Readonly<Record<string, string>> = {
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
};
const TENS: Readonly<Record<string, string>> = {
  twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
};
const REPEAT: Readonly<Record<string, number>> = { double: 2, treble: 3, triple: 3 };
const ORDINALS: Readonly<Record<string, string>> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th',
  tenth: '10th', eleventh: '11th', twelfth: '12th', thirteenth: '13th', fourteenth: '14th', fifteenth: '15th', sixteenth: '16th',
  seventeenth: '17th', eighteenth: '18th', nineteenth: '19th', twentieth: '20th', thirtieth: '30th',
};
const UNIT_ORDINALS: Readonly<Record<string, string>> = { first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th' };
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** The cue words the pre-pass looks for (the phone module declares them as the family `spokenNumber`). */
export const SPOKEN_NUMBER_CUES = [...Object.keys(DIGITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(REPEAT)].map((w) => `${w}$`);

interface Word {
  start: number;
  end: number;
  w: string;
}

/** Words as runs of letters, digits and apostrophes; a hyphen splits "twenty-two" into two words. */
function wordsOf(lower: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < lower.length) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isWordChar(lower.charCodeAt(i))) i++;
    out.push({ start, end: i, w: lower.slice(start, i) });
  }
  return out;
}
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
const isDigits = (w: string): boolean => /^\d+$/.test(w);

/** One number said as a unit starting at word k: its digits and how many words it takes (0 when none). */
function unitAt(words: Word[], k: number, lower: string): [string, number] {
  const w = words[k].w;
  const next = words[k + 1];
  // Only words one space or one hyphen apart belong to one number.
  const close = next !== undefined && next.start - words[k].end <= 1 && /^[ -]?$/.test(lower.slice(words[k].end, next.start));
  if (w in DIGITS) return [DIGITS[w], 1];
  if (w in TEENS) return [TEENS[w], 1];
  if (w in TENS) {
    if (close && next.w in DIGITS && next.w !== 'oh' && next.w !== 'zero' && next.w !== 'nought') return [TENS[w] + DIGITS[next.w], 2];
    return [`${TENS[w]}0`, 1];
  }
  if (w in REPEAT && close && next.w in DIGITS) return [DIGITS[next.w].repeat(REPEAT[w]), 2];
  // "double 0", "treble 9": the digit written, the repeat said.
  if (w in REPEAT && close && /^\d$/.test(next.w)) return [next.w.repeat(REPEAT[w]), 2];
  return ['', 0];
}

interface Piece {
  start: number;
  end: number;
  out: string;
}

/** The spoken numbers of `text` as pieces to replace, in order. */
function spokenPieces(lower: string): Piece[] {
  const words = wordsOf(lower);
  const pieces: Piece[] = [];
  let k = 0;
  while (k < words.length) {
    const run = readRun(words, k, lower);
    if (run) {
      pieces.push(run.piece);
      k = run.next;
      continue;
    }
    const ordinal = ordinalDay(words, k);
    if (ordinal) {
      pieces.push(ordinal.piece);
      k = ordinal.next;
      continue;
    }
    k++;
  }
  return pieces;
}

/**
 * Fourteenth session: "one" after a determiner, straight or past one word ("the old one 10.4.1.97", "this one", "each
 * new one"), stands for a thing named before: a pronoun, not the digit 1.
 */
const DETERMINER = /^(?:the|this|that|these|those|which|each|every|no|any|another|other|a|an|my|your|his|her|our|their)$/;
function pronounOne(words: Word[], k: number): boolean {
  if (words[k].w !== 'one') return false;
  const b1 = words[k - 1]?.w;
  const b2 = words[k - 2]?.w;
  return (b1 !== undefined && DETERMINER.test(b1) && b1 !== 'a' && b1 !== 'an') || (b2 !== undefined && DETERMINER.test(b2) && b1 !== undefined && !/\d/.test(b1) && !(b1 in DIGITS) && !(b1 in TENS));
}

function readRun(words: Word[], k: number, lower: string): { piece: Piece; next: number } | undefined {
  if (pronounOne(words, k)) return undefined;
  let out = '';
  let spoken = 0;
  let written = false;
  let slash = false;
  let pendingSlash = false;
  let j = k;
  let lastEnd = -1;
  while (j < words.length) {
    // Only words one space or one hyphen apart belong to one number.
    if (lastEnd >= 0 && !/^[ -]?$/.test(lower.slice(lastEnd, words[j].start))) break;
    const w = words[j].w;
    if ((w === 'stroke' || w === 'slash') && out !== '' && !pendingSlash) {
      pendingSlash = true;
      lastEnd = words[j].end;
      j++;
      continue;
    }
    let digits = w;
    let took = 1;
    if (!isDigits(w)) {
      [digits, took] = unitAt(words, j, lower);
      if (took === 0) break;
      spoken += took;
    } else written = true;
    if (pendingSlash) {
      out += '/';
      slash = true;
      pendingSlash = false;
    }
    out += digits;
    lastEnd = words[j + took - 1].end;
    j += took;
  }
  // A trailing "stroke" belongs to the sentence, not the number.
  if (pendingSlash) j--;
  if (spoken === 0 || (spoken < 2 && !written && !slash)) return undefined;
  return { piece: { start: words[k].start, end: words[j - 1].end, out }, next: j };
}

/** "second of july", "july the twenty first": an ordinal day beside a month. */
function ordinalDay(words: Word[], k: number): { piece: Piece; next: number } | undefined {
  const w = words[k].w;
  let day = '';
  let took = 1;
  if (w in TENS && words[k + 1] && words[k + 1].w in UNIT_ORDINALS && words[k + 1].start - words[k].end === 1) {
    day = TENS[w] + UNIT_ORDINALS[words[k + 1].w];
    took = 2;
  } else if (w in ORDINALS) day = ORDINALS[w];
  if (!day) return undefined;
  const after = words[k + took];
  const afterNext = words[k + took + 1];
  const before = words[k - 1];
  const beforeTwo = words[k - 2];
  const monthAfter = (after && MONTH.test(after.w)) || (after?.w === 'of' && afterNext && MONTH.test(afterNext.w));
  const monthBefore = (before && MONTH.test(before.w)) || (before?.w === 'the' && beforeTwo && MONTH.test(beforeTwo.w));
  if (!monthAfter && !monthBefore) return undefined;
  return { piece: { start: words[k].start, end: words[k + took - 1].end, out: day }, next: k + took };
}

/** The view of `text` with its spoken numbers in digits, or undefined when it has none. */
export function spokenNumberView(text: string, lower = sameLengthLower(text)): SpokenView | undefined {
  const pieces = spokenPieces(lower);
  if (pieces.length === 0 || !pieces.some((p) => /\d/.test(p.out) && !/^\d+(?:st|nd|rd|th)$/.test(p.out))) return undefined;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const p of pieces) {
    for (let i = at; i < p.start; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    out += text.slice(at, p.start) + p.out;
    for (let i = 0; i < p.out.length; i++) {
      starts.push(p.start);
      ends.push(p.end);
    }
    at = p.end;
  }
  for (let i = at; i < text.length; i++) {
    starts.push(i);
    ends.push(i + 1);
  }
  out += text.slice(at);
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Lower case with the offsets of `text` (a few characters change length when lower-cased: "İ"). */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (w) => w.toLowerCase());
}
