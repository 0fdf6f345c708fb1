import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/detection';
import { mayHoldSpeltEmail } from '../../src/detection/detectors/email-obfuscated';

/**
 * Fourteenth session, speed (speed14c): the spelt-out e-mail gate searches from the rare character of each sign
 * (the "d" of "dot ", a closing bracket) instead of from a space or an "a"; it must answer as the five searches did.
 */
const fiveSearches = (lower: string): boolean =>
  lower.indexOf(' dot ') >= 0 || lower.indexOf('dot)') >= 0 || lower.indexOf('dot]') >= 0 || lower.indexOf('at)') >= 0 || lower.indexOf('at]') >= 0;

describe('spelt-out e-mail gate', () => {
  it.each([
    'write to dave dot price at talktalk dot net',
    'her address is nina_k(at)yahoo(dot)co(dot)uk',
    'sent from r.owen [at] virgin [dot] net',
    'reply to pat]',
    'what)',
    'dot) at the start',
    'the dot matrix printer is broken',
    'a dotted line at the bottom',
    'meet at the station at 6',
    'see the notes (attached)',
    'tot) and t) and ot]',
    'at)',
    'dot ',
    ' dot ',
    'adot ',
    '',
  ])('answers as the five searches did: "%s"', (text) => {
    expect(mayHoldSpeltEmail(text)).toBe(fiveSearches(text));
  });

  it('still finds spelt-out addresses and leaves prose alone', () => {
    const scanner = createScanner();
    const emails = (text: string): string[] => scanner.scan({ text }).filter((f) => f.type === 'email').map((f) => text.slice(f.start, f.end));
    expect(emails('witness emails from gary dot holt at outlook dot com most nights')).toEqual(['gary dot holt at outlook dot com']);
    expect(emails('the landlord wrote from b_marsh(at)gmail(dot)com')).toEqual(['b_marsh(at)gmail(dot)com']);
    expect(emails('look at the dot on the map near the depot')).toEqual([]);
  });
});
