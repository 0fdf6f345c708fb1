import { describe, expect, it } from 'vitest';
import { createScanner, type Finding } from '../../src/detection';
import { SCAN_TABLES } from '../../src/detection/detectors/registry';
import { ScanContext } from '../../src/detection/scan-context';
import { parseDetectionConfig } from '../../src/detection/config';
import { mayNameIncident, mayNameNamedIncident } from '../../src/detection/detectors/operational-use';
import { ACTION_ASK, NAMED_INCIDENT, ON_CALL_COVER, STRONG_REQUEST } from '../../src/detection/detectors/operational-use-vocabulary';

/**
 * Thirteenth session, speed: operational use's costliest regexes gated or cheapened without changing a decision.
 * - NAMED_INCIDENT has its own cue family (opNamed), narrower than opIncident (which also holds the general-incident
 *   and duty words: "custody", "job", "incident", "call"), so office posts with those words skip it;
 * - ON_CALL_COVER runs only with the duty cue ("call", "oncall"): every cover ask says "on call";
 * - the ask regexes say once, in front, that a match starts a word (see atWordStarts in the vocabulary).
 * prefilter-equivalence.test.ts samples every alternative of each regex against its family; here, posts that must
 * still be found through the new gates, and posts the gates now close on.
 */
const withFilter = createScanner();
const withoutFilter = createScanner({}, { prefilter: false });
const contextOf = (text: string): ScanContext => new ScanContext(text, parseDetectionConfig({}), SCAN_TABLES);
const operational = (fs: Finding[]): string[] => fs.filter((f) => f.type === 'operational_use').map((f) => f.rule);

describe('operational use: NAMED_INCIDENT behind its own cue family', () => {
  it.each([
    'Male with a knife outside the chip shop on Elm Road, can anyone attend asap',
    'Dog loose and attacking sheep in the field off Mill Lane, need a unit there now',
  ])('still flags a live ask about a named incident: "%s"', (text) => {
    expect(mayNameNamedIncident(contextOf(text.toLowerCase()))).toBe(true);
    expect(operational(withFilter.scan({ text }))).toEqual(['operational_use.live_request']);
    expect(withFilter.scan({ text })).toEqual(withoutFilter.scan({ text }));
  });

  it('is closed on office words of the general and duty vocabularies, which the broad incident family holds', () => {
    const text = 'Can anyone update the custody incident log before the job review on Friday?';
    const ctx = contextOf(text.toLowerCase());
    expect(mayNameIncident(ctx)).toBe(true);
    expect(mayNameNamedIncident(ctx)).toBe(false);
    expect(NAMED_INCIDENT.test(text.toLowerCase())).toBe(false);
    expect(operational(withFilter.scan({ text }))).toEqual([]);
    expect(withFilter.scan({ text })).toEqual(withoutFilter.scan({ text }));
  });

  it('opens on "999" (no letter to cue on)', () => {
    expect(mayNameNamedIncident(contextOf('silent 999 from the flats, any units free?'))).toBe(true);
    expect(mayNameNamedIncident(contextOf('any units free at 9:30?'))).toBe(false);
  });
});

describe('operational use: on-call cover behind the duty cue', () => {
  it.each([
    'Can someone cover my on-call tonight? Got a family thing',
    'Could anyone take over the on call phone from 10pm, I am off sick',
  ])('still flags a cover ask: "%s"', (text) => {
    expect(contextOf(text.toLowerCase()).has('opDuty')).toBe(true);
    expect(operational(withFilter.scan({ text }))).toEqual(['operational_use.live_request']);
    expect(withFilter.scan({ text })).toEqual(withoutFilter.scan({ text }));
  });

  it('is closed without "call", where the cover regex cannot match', () => {
    const text = 'can someone cover my late shift on saturday, swap for a rest day';
    expect(contextOf(text).has('opDuty')).toBe(false);
    expect(ON_CALL_COVER.test(text)).toBe(false);
  });
});

describe('ask regexes read at word starts', () => {
  // The same regex without the shared prefix: every alternative starts a word with a letter or digit.
  const plain = (re: RegExp): RegExp => new RegExp(re.source.replace(/^\\b\(\?=\[a-z\\d\]\)\(\?:/, '').replace(/\)$/, ''), re.flags);
  it.each([
    ['ACTION_ASK', ACTION_ASK, 'quick one. need someone at the gate now please, need a unit asap'],
    ['ACTION_ASK', ACTION_ASK, 'is there a ds available? 2nd car take the junction'],
    ['STRONG_REQUEST', STRONG_REQUEST, 'all available units to the bridge, keep an eye out for a grey van'],
    ['STRONG_REQUEST', STRONG_REQUEST, 'who is on call tonight? cant raise the duty inspector'],
  ] as const)('%s matches where its plain form does: "%s"', (_name, re, text) => {
    const p = plain(re);
    expect(p.source.length).toBeLessThan(re.source.length);
    const g = new RegExp(re.source, 'g');
    const pg = new RegExp(p.source, 'g');
    const all = (r: RegExp): string[] => [...text.matchAll(r)].map((m) => `${m.index}:${m[0]}`);
    expect(all(g).length).toBeGreaterThan(0);
    expect(all(g)).toEqual(all(pg));
    // Nothing inside a word: the shared prefix closes what no alternative could open.
    expect(re.test('xneed someone to')).toBe(p.test('xneed someone to'));
  });
});
