import { describe, expect, it } from 'vitest';
import { learntCandidates, learntGate, learntWords, ruleSignals } from '../../../scripts/lib/health-learnt-features';

/**
 * Seventeenth session (branch health17): the features and precondition of the learnt health reader (dev only, not wired
 * into the product: scripts/lib/health-learnt-features.ts). Sentences written for these tests, not taken from any dev set.
 */
const words = (t: string) => learntWords(t, t.toLowerCase());
const runs = (t: string): string[] => learntCandidates(words(t)).map((c) => t.slice(c.start, c.end));
const gateOf = (t: string, run: string): boolean => {
  const w = words(t);
  const c = learntCandidates(w).find((x) => t.slice(x.start, x.end) === run);
  if (!c) throw new Error(`no run ${run}`);
  return learntGate(w, c, ruleSignals(t, t.toLowerCase(), c.start, c.end));
};

describe('learnt health: words and runs', () => {
  it('joins words by a hyphen or an apostrophe and keeps runs inside a clause', () => {
    expect(words("her c-section's booked").map((x) => x.w)).toEqual(['her', "c-section's", 'booked']);
    expect(runs('knee op. Back soon')).not.toContain('op. Back');
  });

  it('neither starts nor ends a run with a function word, and runs have at most four words', () => {
    const r = runs('gaz is off with a torn hamstring again');
    expect(r).toContain('torn hamstring');
    expect(r).not.toContain('a torn hamstring');
    expect(r).not.toContain('hamstring again');
    expect(runs('one two three four five six').every((x) => x.split(' ').length <= 4)).toBe(true);
  });
});

describe('learnt health: the precondition', () => {
  it('needs a person in the clause', () => {
    expect(gateOf('my brother has gout', 'gout')).toBe(true);
    expect(gateOf('Priti has gout', 'gout')).toBe(true);
    expect(gateOf('gout clinic moved to level 2', 'gout')).toBe(false);
  });

  it('is vetoed by a group in general or a service offered', () => {
    expect(gateOf('anyone with gout can book the clinic', 'gout')).toBe(false);
    expect(gateOf('free counselling for staff, see the intranet', 'counselling')).toBe(false);
  });
});
