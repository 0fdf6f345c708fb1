import { describe, expect, it } from 'vitest';
import { eachCapitalisedWordBeforeCapital, eachCapitalsPair, eachLowerCasePair, eachPairBeforeSeparator, mayHoldLowerCasePair, type PairFn } from '../../src/detection/detectors/name-pairs';

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

/** The first-name rule's capitalised word before another capital (person-name.ts), as the regex it replaced found it. */
const CAPITALISED_BEFORE_CAPITAL = /\b[A-Z][a-z]{1,15} (?=(?:Mc|Mac|O'|O’)?[A-Z])/g;
function capitalisedByRegex(text: string): Array<[number, number]> {
  return Array.from(text.matchAll(CAPITALISED_BEFORE_CAPITAL), (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length - 1] as [number, number]);
}
function capitalisedByWords(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  eachCapitalisedWordBeforeCapital(text, (s, e) => out.push([s, e]));
  return out;
}

describe('capitalised words before a capital, read off the word list (name-pairs.ts)', () => {
  it('the same words as the regex on hand-picked shapes', () => {
    const shapes = [
      'Kerry Bolton and Jean-Paul Smith met O\'Neil McDonald',
      'arrested Dean Platt', '2John Smith', '_Amy Lee', 'éJohn Smith', 'ABc Smith', 'Smith-jones Kerry', 'Abcdefghijklmnop Xy',
      'Abcdefghijklmnopq Xy', 'O’Neil Smith', 'Amy  Lee', 'Amy Lee', 'x Al B', '',
    ];
    for (const text of shapes) expect(capitalisedByWords(text), text).toEqual(capitalisedByRegex(text));
    expect(capitalisedByWords('met Jean-Paul Smith')).toEqual([[9, 13]]);
    expect(capitalisedByWords('2John Smith')).toEqual([]);
  });
  it('the same words as the regex on 3,000 random texts', () => {
    let found = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, 20 + (seed % 80), "aabceAMOBZ  '’-_9é.");
      const expected = capitalisedByRegex(text);
      found += expected.length;
      expect(capitalisedByWords(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(100);
  });
});

/** The pairs eachLowerCasePair yields narrowed to the any-case name rule's lengths (3+ and 4+), every first word let through. */
function lowerPairs34(text: string): Pair[] {
  const out: Pair[] = [];
  eachLowerCasePair(text, (s, f, e) => out.push([s, f, e]), undefined, { minFirst: 3, minSecond: 4, first: () => true, lower: text.toLowerCase() });
  return out;
}

describe('mayHoldLowerCasePair: a post it rules out has no lower-case pair of 3+ and 4+ characters', () => {
  it('never rules out a text that has such a pair (4,000 random texts, both answers exercised)', () => {
    let ruledOut = 0;
    let withPairs = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      // Short words, case changes, apostrophes, hyphens and e-mail punctuation, so pairs sit at the edge of the lengths.
      const text = randomText(seed, 20 + (seed % 80), "aabcdeAZ   '’--@.1");
      const pairs = lowerPairs34(text);
      if (pairs.length) withPairs++;
      if (!mayHoldLowerCasePair(text)) {
        ruledOut++;
        expect(pairs, JSON.stringify(text)).toEqual([]);
      }
    }
    expect(withPairs).toBeGreaterThan(200);
    expect(ruledOut).toBeGreaterThan(200);
  });

  it('keeps pairs at the shortest lengths and after capitals or joiners; rules out walls of short words', () => {
    for (const text of ['amy ilic', "Xo'n ab-c", 'ABcde fghi', "o'-- a'’-", 'a@b.co x@y.co then amy ilic']) {
      expect(lowerPairs34(text).length, text).toBeGreaterThan(0);
      expect(mayHoldLowerCasePair(text), text).toBe(true);
    }
    for (const text of ['a@b.co '.repeat(1000), 'am ilic', 'amy ili', 'amy Ilic', 'amy  ilic', 'am. ilic ok no', '']) {
      expect(lowerPairs34(text), text).toEqual([]);
      expect(mayHoldLowerCasePair(text), text).toBe(false);
    }
  });
});
