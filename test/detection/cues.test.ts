import { describe, expect, it } from 'vitest';
import { Cue, prepass } from '../../src/detection/cues';

describe('prepass cues', () => {
  it('sets cue bits by word prefix and records where the words start', () => {
    const lower = 'the victim was diagnosed with anxiety';
    const p = prepass(lower);
    expect(p.cueBits & Cue.Role).toBeTruthy();
    expect(p.cueBits & Cue.Condition).toBeTruthy();
    expect(p.cueStarts[Math.log2(Cue.Role)]).toEqual([lower.indexOf('victim')]);
  });

  it('matches whole-word stems exactly ("man" is not "manager")', () => {
    expect(prepass('the manager is in').cueBits & Cue.Role).toBe(0);
    expect(prepass('a man was seen').cueBits & Cue.Role).toBeTruthy();
  });

  it('records letter/digit boundaries and digit-dot joints', () => {
    const p = prepass('ws15 2lh at 10.0.0.1');
    expect(p.letterDigitPositions).toEqual([2, 6]);
    expect(p.digitDots).toBe(3);
    expect(p.hasDigit).toBe(true);
  });
});
