import { describe, expect, it } from 'vitest';
import { prepass } from '../../src/detection/cues';
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
