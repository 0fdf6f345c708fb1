import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/detection';
import { mayHoldSpeltEmail } from '../../src/detection/detectors/email-obfuscated';
import { capitalSurnamesFirst, mayHoldCapitalSurnameFirst } from '../../src/detection/detectors/name-surname-first';
import { namesABusiness } from '../../src/detection/detectors/name-business';
import type { Candidate } from '../../src/detection/detectors/detector';
import { readSharedWords } from '../../src/detection/words';

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

/**
 * The capitals-surname-first rule ("BAINS Harpreet") runs behind a gate that reads no words: a space with four
 * capitals or joiners before it and a capital and a lower-case letter after it. The gate must be open wherever the
 * rule (run with every question answered yes) reads a name.
 */
describe('capitals surname first: gate', () => {
  const readsAName = (text: string): boolean => {
    const out: Candidate[] = [];
    capitalSurnamesFirst(text, text.toLowerCase(), readSharedWords(text), out, () => true, () => false);
    return out.length > 0;
  };
  it.each([
    'Warrant served on KOWALCZYK Tomasz this morning at his mother\'s flat',
    'Recall to prison: PRENDERGAST Niamh Louise - breached licence',
    "D'ARCY Connor arrested for the burglary",
  ])('is open where the rule reads a name: "%s"', (text) => {
    expect(readsAName(text)).toBe(true);
    expect(mayHoldCapitalSurnameFirst(text)).toBe(true);
  });
  it.each([
    'Please check the ANPR Hits for last night',
    'The CCTV Team are moving to the new building',
    'Shift swap with Kelly on Tuesday, all fine',
    'BBC Radio are doing a piece on speeding',
    'NHS Trust meeting moved',
  ])('is closed or agrees with the rule where no capitals word stands before a capitalised one: "%s"', (text) => {
    if (!mayHoldCapitalSurnameFirst(text)) expect(readsAName(text)).toBe(false);
  });
  it('is closed on ordinary sentences and short acronyms', () => {
    expect(mayHoldCapitalSurnameFirst('Shift swap with Kelly on Tuesday, all fine')).toBe(false);
    expect(mayHoldCapitalSurnameFirst('NHS Trust meeting moved')).toBe(false);
    expect(mayHoldCapitalSurnameFirst('PC Dawson is on leave')).toBe(false);
  });
});

describe('a business after a capitalised pair', () => {
  it('reads the business noun after a space and nothing else', () => {
    expect(namesABusiness('the flat above Lucky Star takeaway', 'the flat above Lucky Star'.length)).toBe(true);
    expect(namesABusiness('Lucky Star, takeaway owner', 'Lucky Star'.length)).toBe(false);
    expect(namesABusiness('Ryan Marsh shopped there', 'Ryan Marsh'.length)).toBe(false);
  });
});
