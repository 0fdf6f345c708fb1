import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CueTable, hashWord, prepass, type Prepass } from '../../src/detection/cues';
import { SCAN_TABLES } from '../../src/detection/detectors/registry';
import { ScanContext } from '../../src/detection/scan-context';

const cues = SCAN_TABLES.cues;
const bit = (family: string): number => cues.bit(family);

describe('prepass cues', () => {
  it('sets cue bits by word prefix and records where the words start', () => {
    const lower = 'the victim was diagnosed with anxiety';
    const p = prepass(lower, cues);
    expect(p.cueBits & bit('role')).toBeTruthy();
    expect(p.cueBits & bit('condition')).toBeTruthy();
    expect(p.cueStarts[Math.log2(bit('role'))]).toEqual([lower.indexOf('victim')]);
  });

  it('matches whole-word stems exactly ("man" is not "manager")', () => {
    expect(prepass('the manager is in', cues).cueBits & bit('role')).toBe(0);
    expect(prepass('a man was seen', cues).cueBits & bit('role')).toBeTruthy();
  });

  it('records letter/digit boundaries and digit-dot joints', () => {
    const p = prepass('ws15 2lh at 10.0.0.1', cues);
    expect(p.letterDigitPositions).toEqual([2, 6]);
    expect(p.digitDots).toBe(3);
    expect(p.hasDigit).toBe(true);
  });

  it('hashes term words through apostrophes and hyphens and keeps only filter hits', () => {
    const lower = "he has alzheimer's and a self-harm history";
    const p = prepass(lower, cues, SCAN_TABLES.terms);
    expect(p.termCandidates).toContain(lower.indexOf('alzheimer'));
    expect(p.termCandidates).toContain(lower.indexOf('self-harm'));
    expect(p.termCandidates).not.toContain(lower.indexOf('history'));
  });

  it('refuses a family no detector declares (a typo must not silently find nothing)', () => {
    expect(() => bit('no such family')).toThrow(/no detector declares/);
  });
});

/** What the pre-pass must find, written the plain way (a regex per fact) as the reference for its hand-rolled loop. */
function reference(lower: string, terms: Uint32Array, table: CueTable = cues): Prepass {
  const all = (re: RegExp): RegExpExecArray[] => [...lower.matchAll(re)];
  const cueStarts: Array<number[] | undefined> = [];
  const highWords: number[] = [];
  let cueBits = 0;
  let cueBitsHigh = 0;
  for (const m of all(/[a-z]+/g)) {
    const bits = table.bitsOfWord(lower, m.index, m[0].length);
    const high = table.bitsOfWordHigh(lower, m.index, m[0].length);
    cueBits |= bits;
    cueBitsHigh |= high;
    for (let b = 0; b < 31; b++) if (bits & (1 << b)) (cueStarts[b] ??= []).push(m.index);
    if (high !== 0) highWords.push(m.index, high);
  }
  const inFilter = (h: number): boolean => ((terms[(h & 0xfffff) >>> 5] >>> (h & 31)) & 1) === 1;
  return {
    hasDigit: /[0-9]/.test(lower),
    letterDigitPositions: all(/(?<=[a-z])[0-9]|(?<=[0-9])[a-z]/g).map((m) => m.index),
    letterSpaceDigitPositions: all(/(?<![a-z])[a-z]{2} (?=[0-9])/g).map((m) => m.index + 3),
    digitDots: all(/(?<=[0-9])\./g).length,
    digitSlashes: all(/(?<=[0-9])\//g).length,
    digitStarts: all(/(?<![0-9])[0-9]/g).map((m) => m.index),
    cueBits,
    cueBitsHigh,
    cueStarts,
    highWords,
    termCandidates: all(/[a-z][a-z'’-]*/g).filter((m) => m[0].length >= 2 && inFilter(hashWord(m[0], 0, m[0].length))).map((m) => m.index),
  };
}

describe('prepass against the plain reference', () => {
  it('finds the same facts on dev posts and on random texts of words, digits and joints', () => {
    const terms = SCAN_TABLES.terms!;
    const posts = readFileSync(join(__dirname, '../fixtures/staff-posts.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase());
    const alphabet = ['a', 'b', 'e', 'mk', ' ', ' ', '3', '45', '.', '/', "'", '\u2019', '-', '\u00e9', 'unit ', 'call ', 'depression', 'victim', 'x'];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const texts = [...posts, '', 'a', '1', 'mk 63', 'a1', '1a', "'", '-abc-', 'ab 1', ' ab 1'];
    for (let k = 0; k < 3000; k++) texts.push(Array.from({ length: Math.floor(random() * 25) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const t of texts) expect(prepass(t, cues, terms), t).toEqual(reference(t, terms));
    expect(posts.some((p) => prepass(p, cues, terms).termCandidates.length > 0)).toBe(true);
  });
});

describe('more than 31 cue families (twelfth session)', () => {
  // 45 made-up families: stems of one to five letters over a small alphabet, prefix and whole-word ones, sharing paths.
  const letters = 'abcde';
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const stem = (): string => Array.from({ length: 1 + Math.floor(random() * 5) }, () => letters[Math.floor(random() * 5)]).join('') + (random() < 0.3 ? '$' : '');
  const families = new Map(Array.from({ length: 45 }, (_, i) => [`f${i}`, Array.from({ length: 3 }, stem)]));
  const table = new CueTable(families);
  const terms = new Uint32Array(1 << 15);

  it('finds the words of the families past the 31st, as the plain walk does', () => {
    const texts: string[] = [];
    for (let k = 0; k < 2000; k++) texts.push(Array.from({ length: Math.floor(random() * 12) }, () => stem().replace('$', '') + (random() < 0.5 ? ' ' : '1')).join(''));
    for (const t of texts) expect(prepass(t, table, terms), t).toEqual(reference(t, terms, table));
    expect(texts.some((t) => prepass(t, table, terms).cueBitsHigh !== 0)).toBe(true);
  });

  it('answers has, hasAny and cueStarts for a family in the high word', () => {
    const t = new CueTable(new Map([...Array.from({ length: 40 }, (_, i): [string, string[]] => [`f${i}`, [`word${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'z' : ''}$`]]), ['last', ['zebra']]]));
    const ctx = new ScanContext('a zebras and a wordbz here', { allowedEmailDomains: [] }, { cues: t });
    expect(ctx.has('last')).toBe(true);
    expect(ctx.has('f27')).toBe(true); // "wordbz": the 28th family, in the low word
    expect(ctx.has('f1')).toBe(false);
    expect(ctx.hasAny(['f1', 'last'])).toBe(true);
    expect(ctx.hasAny(['f1', 'f2'])).toBe(false);
    expect(ctx.cueStarts('last')).toEqual([2]);
    expect(ctx.cueStarts('last')).toEqual([2]); // read again from its cache
    expect(ctx.cueStarts('f35')).toEqual([]); // a high family with no word here (fifteenth session: read off highWords)
    expect(() => new CueTable(new Map(Array.from({ length: 63 }, (_, i) => [`f${i}`, ['abc']])))).toThrow(/at most 62/);
  });
});
