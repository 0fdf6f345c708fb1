import { describe, expect, it } from 'vitest';
import { eachCapitalsPair, eachLowerCasePair, eachPairBeforeSeparator, type PairFn } from '../../src/detection/detectors/name-pairs';

/**
 * The char loops of name-pairs.ts must yield exactly the pairs of the regexes they replaced (global exec loops,
 * the last two resumed at the space between the words), on hand-picked shapes and on random text.
 */
type Loop = (text: string, fn: PairFn) => void;
type Pair = [number, number, number];

function byLoop(loop: Loop, text: string): Pair[] {
  const out: Pair[] = [];
  loop(text, (s, f, e) => out.push([s, f, e]));
  return out;
}

const LOWER = /(?:^|[^a-z'’-])([a-z][a-z'’-]{1,24})(?= ([a-z][a-z'’-]{1,24})(?![a-z'’-]))/g;
function lowerByRegex(text: string): Pair[] {
  const out: Pair[] = [];
  LOWER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    out.push([start, start + m[1].length, start + m[1].length + 1 + m[2].length]);
  }
  return out;
}

function resumedByRegex(source: string, text: string): Pair[] {
  const re = new RegExp(source, 'g');
  const out: Pair[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length - 1 - m[2].length;
    out.push([start, start + m[1].length, start + m[1].length + 1 + m[2].length]);
    re.lastIndex = start + m[1].length;
  }
  return out;
}
const SEPARATOR = "(?:^|[^A-Za-z'’-])([A-Za-z][A-Za-z'’-]{1,24}) ([A-Za-z][A-Za-z'’-]{1,24})(?=[\\s,:(–-])";
const CAPITALS = "(?:^|[^A-Za-z'’-])([A-Z][A-Z'’-]{1,24}) ([A-Z][A-Z'’-]{1,24})(?![A-Za-z'’-])";

const MIXED = "aabcdezABCDZ  '’--,:(–.\u00a0\t1";
const CAPITAL_HEAVY = "ABCDEZZa   '’--,:(–.";
const CASES: Array<[string, Loop, (t: string) => Pair[], string]> = [
  ['lower-case pairs', eachLowerCasePair, lowerByRegex, MIXED],
  ['pairs before a separator', eachPairBeforeSeparator, (t) => resumedByRegex(SEPARATOR, t), MIXED],
  ['pairs in capitals', eachCapitalsPair, (t) => resumedByRegex(CAPITALS, t), CAPITAL_HEAVY],
];

const SHAPES = [
  'saw kyle brannigan spotted outside',
  'Kyle brannigan, DOB to follow',
  "o'neill smith-jones - nino: x",
  'jo bright-x. dob',
  'DEAN MULLARKEY pnc DEAN MULLARKEYS',
  'a b cd ef gh ij',
  `${'a'.repeat(25)} ${'b'.repeat(25)} ${'c'.repeat(26)} dd`,
  `xx ${'b'.repeat(30)}-cc ee`,
  'ABC DEF-GHI JKL’MNO pqr STU',
  'mr ’tis -abc def\u00a0ghi\tjkl\u2013mno',
  'x',
  '',
];

function randomText(seed: number, length: number, alphabet: string): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[s % alphabet.length];
  }
  return out;
}

describe('word pairs found by char loops (name-pairs.ts)', () => {
  for (const [name, loop, regex, alphabet] of CASES) {
    it(`${name}: the same pairs as the regex on hand-picked shapes`, () => {
      for (const text of SHAPES) expect(byLoop(loop, text), text).toEqual(regex(text));
    });
    it(`${name}: the same pairs as the regex on 3,000 random texts`, () => {
      let pairs = 0;
      for (let seed = 1; seed <= 3000; seed++) {
        const text = randomText(seed, 20 + (seed % 80), alphabet);
        const expected = regex(text);
        pairs += expected.length;
        expect(byLoop(loop, text), JSON.stringify(text)).toEqual(expected);
      }
      expect(pairs).toBeGreaterThan(100); // the random texts do exercise pairs
    });
  }
  it('long words: only runs of 2-25 characters pair', () => {
    expect(byLoop(eachLowerCasePair, `${'a'.repeat(26)} bb cc`)).toEqual([[27, 29, 32]]);
  });
});
