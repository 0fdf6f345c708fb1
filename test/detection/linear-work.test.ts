import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { regexWork } from '../../bench/lib/regex-work';

/**
 * Worst-case inputs must cost work linear in their length. Speed itself is measured by
 * `npm run bench:detect` (section 6), never here: this test counts work, so it gives the
 * same answer on a loaded machine as on an idle one.
 *
 * The measure (bench/lib/regex-work.ts, also printed by the benchmark) is the regex engine's advance: for each RegExp exec (which test, match,
 * replace and split all go through), the characters from where the search started to the
 * end of the match, or to the end of the input when nothing matched. A rule that rescans
 * the post per match, or a window that grows with the post, makes this grow faster than
 * the input, which is the failure this test exists to catch. (Backtracking inside one
 * regex is ruled out separately: every rule has bounded repetition and no nested
 * quantifiers, see docs/detection.md.)
 */

/** `unit` repeated to exactly `length` characters. */
const filled = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const SHAPES: Array<[string, string]> = [
  ['digits', '7'],
  ['spaces', ' '],
  ['at signs', '@'],
  ['digit groups', '1234 '],
  ['letters and at signs', 'a@'],
  ['full-width digits', '０'],
  ['zero-width spaces between digits', '7\u200B'],
  ['right-to-left overrides', '\u202E12 34\u202C'],
  ['dots between digits', '1.'],
  ['slashes between digits', '1/'],
  ['capitalised words', 'Ab '],
  // Inputs that once hit quadratic paths (one giant overlap cluster; a per-match rescan).
  ['repeated titled names', 'Mr Smith '],
  ['repeated markings', 'SECRET: '],
  ['repeated e-mails', 'a@b.co '],
  ['repeated role words and names', 'victim Jane Price, '],
  ['repeated health disclosures', 'he has diabetes. '],
  ['repeated requests', 'can any unit attend '],
  // Dev set 8 round: grades as fields scanned over a whole intelligence post; laughter looked up per marking.
  ['repeated grade fields', 'intel, B2, '],
  ['repeated markings on a laughing line', 'SECRET: lol '],
  ['repeated tier lists', 'OFFICIAL / SECRET, '],
  ['repeated dates of birth typed against the word', 'dob1/2/90 dob120390 '],
  // Dev set 9 round: dates after names in every format, streets before postcodes and after "address", owned numbers, versions.
  ['repeated names then dates', 'Kieran Lloyd, 04/04/1995, Harvey Doyle 2009-10-30 liam doherty 12 Sept 1988 marc evans 3/4/91 '],
  ['repeated streets before postcodes and after the word address', '7 mulberry close WS11 4RT, address is 2 The Paddocks, '],
  ['repeated owned numbers before document words', 'his number on the order is 0113 496 0522 '],
  ['repeated product versions', 'Magnet 8.0.1.42 build '],
  ['repeated NI numbers after SC', 'SC 42 45 65 C acct 55207341 '],
  // Dev set 17 round: prefixed references in case sentences, table rows under headers, flats, declared markings.
  ['repeated prefixed case references', 'victim SD/24/0419 and 41/12993/24, '],
  ['repeated table rows', 'sort_code,account\n201596,41882093\n| NHS | x |\n| 9434765919 | y |\n'],
  ['repeated flat addresses', 'at Flat 2, 8 Kingsway, FLAT 6, 41 BRUNSWICK STREET, '],
  ['repeated declared markings', 'brief is OFFICIAL-SENSITIVE, brief OFFICIAL-SENSITIVE: '],
  ['repeated shouted names before addresses', 'INQUEST – DAVID ABERNETHY, 12 CHAPEL STREET, ST5 1LX. '],
  // Eighth session: Niche's year*serial, "ref is", table cells under a reference header, job numbers, dated prefixes.
  ['repeated year-asterisk-serial references', 'ref is 24*118452, 12*45000 = 3, '],
  ['repeated reference table rows', '| Date | Ref |\n| 03/02 | 24-118452 |\n'],
  ['repeated job numbers and dated prefixes', 'job no. 7731/23 bail SD-20231104-0072 coroner, '],
];

const N = 1 << 16;

describe('work on worst-case input is linear in its length', () => {
  it.each(SHAPES)('%s: twice the text costs at most about twice the work', (_name, unit) => {
    const once = regexWork(() => scan({ text: filled(unit, N) }));
    const twice = regexWork(() => scan({ text: filled(unit, 2 * N) }));
    expect(twice.chars).toBeLessThanOrEqual(2.2 * once.chars + 64);
    expect(twice.calls).toBeLessThanOrEqual(2.2 * once.calls + 8);
    // And a small constant per character, not merely linear with a huge factor.
    expect(once.chars).toBeLessThanOrEqual(40 * N);
  });

  it('would catch a rule that rescans the post per match (synthetic check)', () => {
    const rescanning = (text: string): void => {
      for (const m of text.matchAll(/Mr /g)) /victim/.test(text.slice(m.index));
    };
    const once = regexWork(() => rescanning(filled('Mr Smith ', 4096)));
    const twice = regexWork(() => rescanning(filled('Mr Smith ', 8192)));
    expect(twice.chars).toBeGreaterThan(3 * once.chars);
  });
});
