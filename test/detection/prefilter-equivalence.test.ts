import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner, type Finding } from '../../src/detection';
import { DETECTORS, SCAN_TABLES } from '../../src/detection/detectors/registry';
import { ScanContext } from '../../src/detection/scan-context';
import { normaliseForScan } from '../../src/detection/normalise';
import { parseDetectionConfig } from '../../src/detection/config';
import { mayNameGeneralIncident, mayNameIncident, mayNameNamedIncident, OPERATIONAL_USE_PATTERNS } from '../../src/detection/detectors/operational-use';
import { DUTY_ROLE, GENERAL_INCIDENT, UNFOLDING } from '../../src/detection/detectors/operational-use-vocabulary';
import { OPERATIONAL } from '../../src/detection/detectors/person-name';
import { HANDLING_WORDS, ROLE_AFTER } from '../../src/detection/detectors/name-positions';
import { regexSamples } from './regex-samples';

/**
 * The prefilter (each detector's `needs`) may only save work, never change a finding:
 * every dev corpus, written as posted and also all lower case and all upper case (the
 * gates read character classes and cue words, so case is where they could go wrong),
 * gives the same findings with and without it. The sealed corpora are not read here.
 */
const ROOT = join(__dirname, '../..');
const corpora: string[] = [
  ...readdirSync(join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'test/fixtures', f)),
  join(ROOT, 'test/detection/operational/dev.jsonl'),
  join(ROOT, 'test/detection/operational/dev3.jsonl'),
  join(ROOT, 'test/detection/operational/dev4.jsonl'),
  join(ROOT, '../shared/examples/staff-posts.jsonl'),
].filter((f) => existsSync(f) && !f.includes('sealed'));

function texts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { text: unknown }).text ?? ''));
}

/** Shapes the corpora have few of: values with no context, cue words alone, marks and separators. */
const EDGE_CASES = [
  '',
  'fe80::1ff:fe23:4567:890a',
  'abc::def',
  'handling code P, source evaluation B',
  'Tyler Hammersley (30.01.2003)',
  'SF 12345/19X and 1999/1234567Z',
  'passport XK4471920',
  'a@b.co',
  'call 07700 900215 or +1 415 555 2671',
  'RESTRICTED',
  'Mr Smith',
  'Jane Whitfield was arrested',
  'signed off with stress',
  'any units free?',
  'GB29 NWBK 6016 1331 9268 19',
  // Dev set 9 round: dates after names with dashes or a month in words (no slash, no birth word), the word address alone.
  'Courtney Bell 2001-06-23',
  'Wayne Talbot 9 Oct 1979',
  'addy: 4 The Sidings, Stone',
  'NFRC251187654321',
  // Gates on the pre-pass's digit-slash and digit-dot counts: dates after names, a log number of a day.
  'Kayden Wright 04/05/2005',
  'Kayden Wright 04.05.2005 and Amy Shore',
  'Kayden Wright, born in May / June',
  '231 of 11/03 at the garage',
  'page 231 of 11 / 03 and a/b',
];

const withFilter = createScanner();
const withoutFilter = createScanner({}, { prefilter: false });
const key = (fs: Finding[]): string => JSON.stringify(fs);

describe('prefilter', () => {
  it('reads at least the three dev corpora', () => {
    expect(corpora.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of corpora) {
    it(`changes no finding on ${relative(ROOT, file)} (as written, lower case, upper case)`, () => {
      const posts = texts(file);
      expect(posts.length).toBeGreaterThan(10);
      const differ: string[] = [];
      let findings = 0;
      for (const text of posts) {
        for (const variant of [text, text.toLowerCase(), text.toUpperCase()]) {
          const a = withFilter.scan({ text: variant });
          const b = withoutFilter.scan({ text: variant });
          findings += b.length;
          if (key(a) !== key(b)) differ.push(variant.slice(0, 80));
        }
      }
      expect(findings).toBeGreaterThan(0);
      expect(differ).toEqual([]);
    });
  }

  it('changes no finding on edge cases', () => {
    for (const text of EDGE_CASES) expect(key(withFilter.scan({ text })), text).toBe(key(withoutFilter.scan({ text })));
  });

  // Corpora rarely exercise every alternative of a large regex: sample each one, so a cue
  // family that misses a way of matching fails here (the gate would skip a real finding).
  const families: Array<[string, RegExp]> = [
    ...Object.entries(OPERATIONAL_USE_PATTERNS).flatMap(([family, res]) => res.map((re): [string, RegExp] => [family, re])),
    ['operational', OPERATIONAL],
    ['handling', HANDLING_WORDS],
    ['role', ROLE_AFTER],
  ];
  for (const [family, re] of families) {
    it(`cue family ${family} is present in every way /${re.source.slice(0, 30)}.../ matches`, () => {
      const samples = regexSamples(re).filter((s) => new RegExp(re.source, re.flags.replace('g', '')).test(s));
      expect(samples.length).toBeGreaterThan(5);
      const config = parseDetectionConfig({});
      // The incident families' gates also let "999" through (it has no letter to cue on).
      const gate = (ctx: ScanContext) =>
        family === 'opIncident' ? mayNameIncident(ctx) : family === 'opGeneral' ? mayNameGeneralIncident(ctx) : family === 'opNamed' ? mayNameNamedIncident(ctx) : ctx.has(family);
      const missed = samples.filter((s) => !gate(new ScanContext(s, config, SCAN_TABLES)));
      expect(missed).toEqual([]);
    });
  }

  // The narrower operational-use families (one regex each): on a post with an everyday ask and an incident word,
  // each gate opens exactly when its regex has a word to match, and a closed gate leaves the decision unchanged.
  const contextOf = (text: string): ScanContext => new ScanContext(text, parseDetectionConfig({}), SCAN_TABLES);
  it.each([
    ['opDuty', DUTY_ROLE, 'can anyone ring the duty inspector about the stabbing', true],
    ['opDuty', DUTY_ROLE, 'the on-call di needs to know about the stabbing', true],
    ['opDuty', DUTY_ROLE, 'can anyone help, there has been a stabbing near the shops', false],
    ['opGeneral', GENERAL_INCIDENT, 'can anyone attend the scene, male kicking off', true],
    ['opGeneral', GENERAL_INCIDENT, 'can anyone take the 999 call from the garage', true],
    ['opGeneral', GENERAL_INCIDENT, 'can anyone help with a domestic on elm road', false],
    ['opUnfolding', UNFOLDING, 'domestic ongoing at the flats, units please', true],
    ['opUnfolding', UNFOLDING, 'male with a knife made off towards the park', true],
    ['opUnfolding', UNFOLDING, 'can anyone help with a domestic on elm road', false],
  ] as const)('%s gate on "%s" is %s, and agrees with its regex', (family, re, text, open) => {
    const ctx = contextOf(text);
    const gate = family === 'opGeneral' ? mayNameGeneralIncident(ctx) : ctx.has(family);
    expect(gate).toBe(open);
    expect(re.test(text)).toBe(open);
    // With the gates (prefilter on) the scanner decides as with every regex run (off).
    expect(key(withFilter.scan({ text }))).toBe(key(withoutFilter.scan({ text })));
  });

  it.each([
    ['Kayden Wright 04/05/2005', 'date_of_birth.after_name', true],
    ['Kayden Wright 04.05.2005 and Amy Shore', 'date_of_birth.after_name', true],
    ['Kayden Wright, born in May / June', 'date_of_birth.after_name', false],
    ['231 of 11/03 at the garage', 'crime_reference.log_of_date', true],
    ['page 231 of 11 / 03 and a/b', 'crime_reference.log_of_date', false],
  ] as const)('digit-separator gate: "%s" gives %s: %s, with and without the prefilter', (text, rule, found) => {
    expect(withFilter.scan({ text }).some((f) => f.rule === rule)).toBe(found);
    expect(withoutFilter.scan({ text }).some((f) => f.rule === rule)).toBe(found);
  });

  it('skips most detectors on a clean chatty post', () => {
    const text = 'Cake in the kitchen on the second floor, help yourselves! Great to see so many at the quiz last night.';
    const ctx = new ScanContext(normaliseForScan(text).text, parseDetectionConfig({}), SCAN_TABLES);
    const ran = DETECTORS.filter((d) => d.needs(ctx)).map((d) => d.id);
    expect(ran.length).toBeLessThanOrEqual(2);
  });
});
