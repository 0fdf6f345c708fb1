import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDetectionConfig } from '../../src/detection/config';
import { SCAN_TABLES } from '../../src/detection/detectors/registry';
import { OPERATIONAL_USE_STARTS } from '../../src/detection/detectors/operational-use-starts';
import { OPERATIONAL_AT } from '../../src/detection/detectors/case-words';
import { CASE_WORK_AT } from '../../src/detection/detectors/name-positions';
import { PostStarts, type StartGated } from '../../src/detection/start-gated';
import { ScanContext } from '../../src/detection/scan-context';
import { regexSamples } from './regex-samples';

/**
 * Fifteenth session (speed): operational_use's regexes and the name rules' OPERATIONAL tried only where their first words, digits or apostrophes start
 * (operational-use-starts.ts) find exactly what the unanchored search finds. Every top-level alternative of every regex
 * is sampled on its own (regex-samples.ts), in several surroundings, and every dev corpus is read whole.
 */
const config = parseDetectionConfig({});

/** What operational_use reads: the lower-cased post, curly apostrophes as straight ones (operational-use.ts, headOf). */
const head = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/** Every match of the plain regex, in order (a global search), as [index, text]. */
function plainMatches(g: StartGated, text: string): Array<[number, string]> {
  const re = new RegExp(g.re.source, g.re.flags.replace('g', '') + 'g');
  const out: Array<[number, string]> = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

/** The gated search over `text`: lower case (the regexes read ctx.lower), or as written for those that read ctx.text. */
function gatedMatches(g: StartGated, text: string): Array<[number, string]> {
  const ctx = new ScanContext(text, config, SCAN_TABLES);
  if (!AS_WRITTEN.has(g)) expect(ctx.lower).toBe(text);
  const starts = new PostStarts(ctx, text);
  const out: Array<[number, string]> = [];
  for (let m = starts.exec(g); m !== null; m = starts.exec(g, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

/** The regex's top-level alternatives, each as a regex of its own with the same prefix and suffix around it. */
function alternatives(source: string): string[] {
  const split = (s: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let current = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        current += c + s[++i];
        continue;
      }
      if (c === '[') {
        const close = s.indexOf(']', i + 1);
        current += s.slice(i, close + 1);
        i = close;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (c === '|' && depth === 0) {
        parts.push(current);
        current = '';
        continue;
      }
      current += c;
    }
    parts.push(current);
    return parts;
  };
  const top = split(source);
  if (top.length > 1) return top;
  // One alternative: open the first group at depth 0 that holds the alternation (`\b(?:...)\b`, `\b(?=[a-z\d])(?:...)`).
  const open = source.lastIndexOf('(?:', source.indexOf('(?:', source.startsWith('\\b(?=') ? 8 : 0));
  let depth = 0;
  let close = -1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      i = source.indexOf(']', i + 1);
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  return split(source.slice(open + 3, close)).map((alt) => `${source.slice(0, open)}(?:${alt})${source.slice(close + 1)}`);
}

const SURROUNDINGS: Array<(s: string) => string> = [
  (s) => s,
  (s) => `x ${s}`,
  (s) => `ok. ${s} now`,
  (s) => `(${s})`,
  (s) => `he said: ${s}, then left`,
  (s) => `2 ${s} 999`,
  // Glued to a word before: only an apostrophe alternative ("they've lost him") can match there.
  (s) => `they${s}`,
];

/** Every regex read at its starts: operational_use's seven, and the name rules' OPERATIONAL (case-words.ts) and CASE_WORK_FOR. */
const GATED: readonly StartGated[] = [...OPERATIONAL_USE_STARTS, OPERATIONAL_AT, CASE_WORK_AT];
/** The regexes read over the text as written (the rest read it lower-cased): a capitalised name follows CASE_WORK_FOR. */
const AS_WRITTEN: ReadonlySet<StartGated> = new Set([CASE_WORK_AT]);
const sampleOf = (g: StartGated, s: string): string => (AS_WRITTEN.has(g) ? `${s}Jade` : head(s));

describe('regexes read at their starts (fifteenth session)', () => {
  for (const g of GATED) {
    it(`${g.family}: every alternative of /${g.re.source.slice(0, 40)}.../ is found where it starts`, () => {
      const alts = alternatives(g.re.source);
      expect(alts.length).toBeGreaterThanOrEqual(2);
      let sampled = 0;
      for (const alt of alts) {
        const samples = regexSamples(new RegExp(alt)).map((s) => sampleOf(g, s)).filter((s) => new RegExp(g.re.source).test(s));
        sampled += samples.length;
        for (const s of samples) for (const around of SURROUNDINGS) {
          const text = around(s);
          expect(gatedMatches(g, text), text).toEqual(plainMatches(g, text));
        }
      }
      expect(sampled).toBeGreaterThan(alts.length);
    });
  }

  it('finds the same matches on every dev corpus (lower-cased, or as written where the rule reads it so)', () => {
    const dir = join(__dirname, '../fixtures');
    const files = readdirSync(dir).filter((f) => f === 'staff-posts.jsonl' || /^detect-dev\d*-[a-z]+\.jsonl$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    let posts = 0;
    for (const f of files) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const written = String(JSON.parse(line).text ?? '');
        const text = head(written);
        if (text.length !== written.length) continue;
        posts++;
        for (const g of GATED) {
          const read = AS_WRITTEN.has(g) ? written : text;
          expect(gatedMatches(g, read), `${f}: ${read}`).toEqual(plainMatches(g, read));
        }
      }
    }
    expect(posts).toBeGreaterThan(3000);
  });

  it('positive and negative sentences', () => {
    const [strong, action, , unfolding, scene, named, resource] = OPERATIONAL_USE_STARTS;
    const cases: Array<[StartGated, string, boolean]> = [
      [strong, 'need 2 more units to the retail park asap', true],
      [strong, 'we need more biscuits in the kitchen', false],
      [action, 'can anyone help at the school, 2nd car take the junction', true],
      [action, 'the printer is fixed, thanks all', false],
      [unfolding, 'male decamped 10 mins ago towards the canal', true],
      [unfolding, 'the course is in the diary', false],
      [scene, "they've just gone in, crowd getting bigger", true],
      [scene, 'quarterly figures attached', false],
      [named, "we've lost him near the bridge, 999 calls coming in", true],
      [named, 'cake sale on friday', false],
      [resource, 'any callsigns free for a scene guard', true],
      [resource, 'the canteen opens at noon', false],
      [OPERATIONAL_AT, 'victim says the suspect lives at the flat', true],
      [OPERATIONAL_AT, 'OFFICIAL-SENSITIVE\nlist below'.toLowerCase(), true],
      [OPERATIONAL_AT, 'the new coffee machine is in', false],
      [CASE_WORK_AT, 'pls update the misper report for Jade', true],
      [CASE_WORK_AT, 'the report for finance is late', false],
    ];
    for (const [g, text, found] of cases) {
      expect(gatedMatches(g, text).length > 0, text).toBe(found);
      expect(gatedMatches(g, text)).toEqual(plainMatches(g, text));
    }
  });
});
