import { describe, expect, it } from 'vitest';
import { WordFacts } from '../../src/detection/detectors/health-hits';
import { finds } from './detectors/finds';

/**
 * Fourteenth session (branch speed14b): the health rules' cheaper gates find what they found before. Sentences of our own.
 */
describe('WordFacts: a candidate word\'s bits in one look-up', () => {
  const facts = new WordFacts().mark(['knee', 'wrist'], 1).mark(['knee', 'tablets'], 2);
  it('gives the bits of the word at an offset, joined across marks', () => {
    expect(facts.at('sore knee today', 5)).toBe(3);
    expect(facts.at('two tablets', 4)).toBe(2);
    expect(facts.at('wrist', 0)).toBe(1);
  });
  it('0 for a word of a key\'s shape that is no key, a longer word, no word', () => {
    expect(facts.at('kite', 0)).toBe(0);
    expect(facts.at('knees', 0)).toBe(0);
    expect(facts.at('a  b', 1)).toBe(0);
  });
});

describe('the started-on frame still opens on its pronoun and "on" anywhere in the post', () => {
  it('finds the medicine at the start and the end of a post', () => {
    finds('Started me on Quorvex, the consultant said.', [['health', 'Quorvex']]);
    finds('The GP switched her onto velotrazine tablets', [['health', 'velotrazine']]);
  });
  it('no pronoun before "on", or no clinician: nothing', () => {
    finds('The GP put the kettle on, nobody moved.', [], ['health']);
    finds('The sergeant put him on earlies next week.', [], ['health']);
  });
});

describe('the machine rule walks the words before a finding', () => {
  it('a machine as the subject, across two links or an article', () => {
    finds('Apparently the server has had a stroke again this morning.', [], ['health']);
  });
  it('a person as the subject stays a finding', () => {
    finds('Apparently my neighbour has had a stroke again this morning.', [['health', 'stroke']]);
  });
});
