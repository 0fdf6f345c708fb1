import { describe, expect, it } from 'vitest';
import { lastClause } from '../../src/detection/detectors/health-sentence';
import { termStarts } from '../../src/detection/detectors/health-hits';
import { firstWordFacts } from '../../src/detection/detectors/health-vocabulary';
import { ScanContext } from '../../src/detection/scan-context';
import { SCAN_TABLES } from '../../src/detection/detectors/registry';
import { parseDetectionConfig } from '../../src/detection/config';
import { finds } from './detectors/finds';

/**
 * Fourteenth session, speed round 2 (branch speed14f): the health rules read the same with cheaper code. Sentences of our own.
 */
const SEARCHED = (before: string): string => before.slice(before.search(/(?:[^,:()—–-]|[—–-](?=\S))*$/));

describe('lastClause: the clause after the last comma, colon, bracket or loose dash', () => {
  it('is what the old search gave, on sentences of ours', () => {
    for (const s of [
      'the rota is out, my cousin in accounts has',
      'update: the lad in cell 4 (the quiet one) has',
      'the van is booked — driver says he has',
      'his x-ray came back clear and he has',
      'she was—as ever—cheerful but has',
      'ends in a dash -',
      'ends in a dash —',
      '',
      'no marks at all here',
      'comma at the end,',
    ]) expect(lastClause(s)).toBe(SEARCHED(s));
  });
  it('is what the old search gave on random strings of the marks that matter', () => {
    const marks = ['a', ' ', ',', ':', '(', ')', '—', '–', '-', '\n', '\u00a0', 'z'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let k = next() % 12; k > 0; k--) s += marks[next() % marks.length];
      expect(lastClause(s)).toBe(SEARCHED(s));
    }
  });
});

describe('termStarts: the candidate words\' facts without a slice per word', () => {
  const starts = (text: string): string[] => {
    const ctx = new ScanContext(text.toLowerCase(), parseDetectionConfig({}), SCAN_TABLES, true);
    return termStarts(ctx).map((i) => ctx.lower.slice(i).split(/[^a-z'’-]/)[0]);
  };
  it('finds a condition, a body part and a curly apostrophe as the sets give them', () => {
    expect(starts('my uncle has dementia and a sore knee')).toEqual(expect.arrayContaining(['dementia', 'knee']));
    expect(firstWordFacts('dementia')).not.toBe(0);
  });
  it('no start for words that open nothing', () => {
    expect(starts('the printer on floor two is jammed again')).toEqual([]);
  });
});

describe('the health rules read as before', () => {
  it('a clause after a comma still carries its person', () => {
    finds('Quick one for the rota, my brother-in-law was diagnosed with epilepsy last month.', [['health', 'epilepsy']]);
  });
  it('a topic sentence stays clean', () => {
    finds('Dementia awareness week starts on Monday, sign up on the portal.', [], ['health']);
  });
});
