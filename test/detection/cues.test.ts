import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashWord, prepass, type Prepass } from '../../src/detection/cues';
import { SCAN_TABLES } from '../../src/detection/detectors/registry';

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
function reference(lower: string, terms: Uint32Array): Prepass {
  const all = (re: RegExp): RegExpExecArray[] => [...lower.matchAll(re)];
  const cueStarts: Array<number[] | undefined> = [];
  let cueBits = 0;
  for (const m of all(/[a-z]+/g)) {
    const bits = cues.bitsOfWord(lower, m.index, m[0].length);
    cueBits |= bits;
    for (let b = 0; b < 31; b++) if (bits & (1 << b)) (cueStarts[b] ??= []).push(m.index);
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
    cueStarts,
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
