import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Health rules of the dev set 9 round, with sentences written here (not copied from the set), each with negatives:
 * general health talk and the writer's own everyday cold or flu must stay clean.
 */

describe("the writer's own minor, self-limiting illness", () => {
  it('is small talk when the writer is the only person in the sentence', () => {
    finds('Off sick with flu, back when I am better', [], ['health']);
    finds("I'm off with a head cold today, emails only", [], ['health']);
    finds("can't do the quiz tonight, flu again", [], ['health']);
    finds('signed off for two days with hay fever, of all things', [], ['health']);
  });

  it("is still someone else's health, and other conditions are still the writer's", () => {
    finds("Dave's off sick with flu, can someone cover his lates", [['health', 'flu']]);
    finds('my daughter has influenza so I am working from home', [['health', 'influenza']]);
    finds('Off sick with shingles, back next week', [['health', 'shingles']]);
    finds("can't do the quiz tonight, migraine again", [['health', 'migraine']]);
  });
});
