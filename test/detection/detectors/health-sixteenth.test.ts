import { describe, expect, it } from 'vitest';
import { healthKind } from '../../../src/detection/detectors/health-vocabulary';
import { WORDNET_TRADE_NAMED_MEDICINES } from '../../../src/detection/detectors/health-trade-named.generated';
import { finds } from './finds';

/** Sixteenth session (branch nh16): medicines WordNet files under their chemistry (sentences of our own). */

describe('medicines found by their WordNet gloss (health-trade-named.generated.ts)', () => {
  it('holds medicines of other trees and their trade names, and no gloss-less word', () => {
    for (const w of ['levodopa', 'infliximab', 'furosemide', 'digoxin', 'remicade']) expect(healthKind(w)).toBe('medication');
    // "brand-name drug" is glossed "a drug that has a trade name": no trade name in brackets, so not a medicine's name.
    expect(WORDNET_TRADE_NAMED_MEDICINES).not.toContain('brand-name drug');
  });
  const posts: Array<[string, string]> = [
    ['Welfare visit to the old boy: his digoxin ran out on Friday and the GP is closed till Monday.', 'digoxin'],
    ['I will be off Thursdays for a while, they are starting me on infliximab at the day unit.', 'infliximab'],
    ['Detainee says he takes furosemide every morning, family bringing it in.', 'furosemide'],
  ];
  for (const [text, term] of posts) it(text, () => finds(text, [['health', term]]));

  it('reads no medicine named with nobody taking it', () => {
    finds('The pharmacy on the high street now stocks levodopa again after the national shortage.', [], ['health']);
    finds('Training slide 12 explains how furosemide works, for the custody nurses course.', [], ['health']);
  });
});
