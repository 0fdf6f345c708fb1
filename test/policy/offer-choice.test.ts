import { describe, expect, it } from 'vitest';
import type { ClauseWithContext } from '../../src/policy/clause-context';
import type { SearchHit } from '../../src/policy/clause-search';
import { carriesRule, chooseOffers, closeness, DEFAULT_OFFER_CHOICE, rankedOffers } from '../../src/policy/offer-choice';
import { createPolicyIndex, parsePolicy } from '../../src/policy';
import type { PolicyDocument } from '../../src/policy';

// Sentences written for these tests (a made-up canteen and kit policy), not taken from the policy or the dev sets.
const doc = { id: 'd' } as PolicyDocument;
let n = 0;
function entry(text: string, sectionId = '1', kind: 'sentence' | 'bullet' = 'sentence', leadIn?: string): ClauseWithContext {
  n++;
  return { clause: { id: `${sectionId}.${kind === 'bullet' ? 'b' : 'p'}${n}`, sectionId, sectionTitle: `Section ${sectionId}`, kind, text, documentId: 'd' }, document: doc, leadIn };
}
const hit = (index: number, score: number): SearchHit => ({ index, score, coverage: 0.5, coverageOnTopic: 0.5, matchedUnits: 1, matchedConcept: false });

describe('carriesRule: whether a clause says what may, must or must not be done', () => {
  it('reads modal, prohibiting and permitting wording as a rule', () => {
    expect(carriesRule(entry('Staff must not leave kit bags in the corridor.'))).toBe(true);
    expect(carriesRule(entry('Volunteers may borrow a locker key from the front desk.'))).toBe(true);
  });
  it('reads a bullet with its lead-in', () => {
    expect(carriesRule(entry('spare boots and gloves', '2', 'bullet', 'Officers can store the following in the drying room:'))).toBe(true);
  });
  it('finds no rule in a sentence of background or purpose', () => {
    expect(carriesRule(entry('Canteens have long been a place where colleagues meet and talk.'))).toBe(false);
    expect(carriesRule(entry('mugs and plates', '2', 'bullet', 'The kitchen shelves hold a range of crockery.'))).toBe(false);
  });
});

describe('closeness: how much two clauses would tell a person the same thing', () => {
  it('is high for clauses sharing most words, and for a sentence and the one right after it', () => {
    const a = entry('The canteen opens for breakfast at seven each weekday.');
    expect(closeness(a, entry('The canteen opens for breakfast at eight on weekends.'))).toBeGreaterThanOrEqual(0.5);
    expect(closeness(a, entry('Hot meals follow at noon.', '1', 'sentence', a.clause.text))).toBe(1);
  });
  it('is low for clauses about different things in different sections', () => {
    expect(closeness(entry('Radios must be signed out from the armoury.', '3'), entry('Parking permits are renewed every April.', '4'))).toBeLessThan(0.3);
  });
});

describe('chooseOffers: the "Did you mean..." clauses', () => {
  const intro1 = entry('Colleagues share news and opinions in many ways at work.', '1');
  const intro2 = entry('Colleagues share photographs and opinions in many ways online.', '1', 'sentence', intro1.clause.text);
  const intro3 = entry('Good communication builds trust between teams.', '1');
  const rule1 = entry('Staff must not share photographs of colleagues without asking them first.', '5');
  const rule2 = entry('Team news may be shared on the notice board by any manager.', '6');
  const top = entry('Sharing a desk is arranged through the facilities team.', '7');
  const entries = [top, intro1, intro2, intro3, rule1, rule2];

  const hits = [hit(0, 10), hit(1, 9), hit(2, 8.9), hit(3, 8.8), hit(4, 8), hit(5, 7.5)];
  it('prefers a rule to background sentences scoring a little higher', () => {
    expect(rankedOffers(entries, hits, [0], 3).map((h) => h.index)).toEqual([1, 2, 3]);
    expect(chooseOffers(entries, hits, [0], 3)[0].index).toBe(4);
  });
  it('with redundancy weighed (maximal marginal relevance), offers no two near-identical clauses', () => {
    const mmr = { ...DEFAULT_OFFER_CHOICE, noRuleWeight: 0.6, redundancy: 0.5, againstShown: 0.5 };
    const offered = chooseOffers(entries, hits, [0], 3, true, mmr).map((h) => h.index);
    expect(offered).toHaveLength(3);
    expect(offered).toContain(4);
    expect(offered).toContain(5);
    expect(offered.filter((i) => i === 1 || i === 2).length).toBeLessThanOrEqual(1);
  });
  it('weighs a clause without a rule less for a question about what may be done than for one asking what something is', () => {
    const close = [hit(0, 10), hit(3, 9), hit(4, 7.9), hit(5, 7.5)];
    expect(chooseOffers(entries, close, [0], 1, true)[0].index).toBe(4);
    expect(chooseOffers(entries, close, [0], 1, false)[0].index).toBe(3);
  });
  it('still offers a clause without a rule when it ranks far above the rest (down-weighted, not left out)', () => {
    expect(chooseOffers(entries, [hit(0, 10), hit(3, 9), hit(4, 2), hit(5, 1.5)], [0], 3)[0].index).toBe(3);
  });
  it('keeps ranking order among distinct rules, never repeats the shown clause, and gives at most max', () => {
    const rules = [hit(0, 10), hit(4, 9), hit(5, 8), hit(0, 7)];
    expect(chooseOffers(entries, rules, [0], 3).map((h) => h.index)).toEqual([4, 5]);
    expect(chooseOffers(entries, rules, [0], 1).map((h) => h.index)).toEqual([4]);
    expect(chooseOffers(entries, [], [0], 3)).toEqual([]);
  });
});

describe('the offers change nothing else in an answer', () => {
  const text = ['1. Kit', '', 'Officers must return radios to the armoury after each shift.', '', 'Body armour is fitted by the stores team.', '', '2. Canteen', '', 'The canteen serves hot food until two.', '', 'Staff may bring their own food into the canteen.', ''].join('\n');
  const policy = parsePolicy(text, 'kit-policy');
  it('gives the same verdict, citations and answer text with either way of choosing offers', () => {
    const chosen = createPolicyIndex([policy]);
    const ranked = createPolicyIndex([policy], { without: ['offerChoice'] });
    for (const q of ['what about the food', 'radios after shift?', 'can I eat my own lunch in the canteen', 'armour stuff']) {
      const { alternatives: _a, ...a } = chosen.answer(q);
      const { alternatives: _b, ...b } = ranked.answer(q);
      expect(a).toEqual(b);
    }
  });
});
