import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/detection';
import { finds } from './detectors/finds';

/**
 * Tenth session, speed round: machinery changed, findings must not. These pin the behaviour of the code paths
 * that were rewritten (sentence stops read by char code in health-headline.ts; detectors called straight, without
 * a closure, on short posts), in sentences written for this file.
 */
describe('the writer\'s course read within its own sentence', () => {
  it('a course mark in the same sentence makes the term the writer\'s own', () => {
    finds('Chemotherapy cycle 4 done, two to go.', [['health', 'Chemotherapy']]);
    finds('Lovely weather. Chemotherapy cycle 4 done', [['health', 'Chemotherapy']]);
    finds('Radiotherapy week 2 over! Feeling ok.', [['health', 'Radiotherapy']]);
    finds('Radiotherapy is tiring, round 2 finished', [['health', 'Radiotherapy']]);
  });

  it('a full stop, question mark, exclamation mark or line break ends the sentence the mark is looked for in', () => {
    finds('Chemotherapy is hard. Cycle 4 done next month?', [], ['health']);
    finds('Chemotherapy\ncycle 4 done', [], ['health']);
    finds('Radiotherapy? round 2 finished', [], ['health']);
    finds('Radiotherapy is tiring! round 2 finished', [], ['health']);
  });
});

describe('detectors called straight on short posts, capped on long ones', () => {
  const scanner = createScanner();
  it('a short post is read by every detector whose cue it has', () => {
    const found = scanner.scan({ text: 'Victim is Jane Whitfield, call her on 07700 900123 or email jane.w@example.com' }).map((f) => f.type);
    expect(found).toEqual(expect.arrayContaining(['person_name', 'phone', 'email']));
  });
  it('a long post still stops each detector at its cap', () => {
    const text = 'mail a.b@example.com '.repeat(2000);
    const emails = scanner.scan({ text }).filter((f) => f.type === 'email');
    expect(emails.length).toBe(1000);
  });
  it('a post with nothing to find finds nothing', () => {
    expect(scanner.scan({ text: 'Cake in the kitchen on level 2 if anyone fancies some' })).toEqual([]);
  });
});
