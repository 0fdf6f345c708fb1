import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/detection/detectors/operational-use-vocabulary';

/**
 * Fourteenth session, speed round 2: the operational_use regexes start with a lookahead for the first character of a
 * match (`\b(?=[a-z\d'])`, and "need" before the lookbehind of the dropped-subject ask, "en " before the one of "en
 * route"). Each is zero-width and implied by every alternative, so the regex without it matches the same span.
 */
const SENTENCES = [
  "they've just lost him near the park, he's still inside the shop",
  'Male running towards the bridge, 10 mins ago, units to the junction please',
  'urgent: still need someone at the gate now, control room can\'t raise the duty inspector',
  'crew en route, recovery en route, ambulance en route; stand by',
  'reminder: training next week, how do i book? thanks to all who attended yesterday',
  'anyone know a good coffee machine? tomorrow\'s rota is on the drive',
  'Need 2 more units asap. Firearms incident ongoing at the address, 999 calls coming in',
  "we're here now. she's heading to the station; it's the 3rd time today",
  "custody suite is shut, body worn kit in the stores, missing 15 year old",
];

const withoutLookaheads = (re: RegExp): RegExp =>
  new RegExp(
    re.source
      .replace(String.raw`\b(?=[a-z\d'])`, String.raw`\b`)
      .replace(String.raw`\b(?=[a-z\d])`, String.raw`\b`)
      .replace('(?=(?:urgently |really |still )?need )', '')
      .replace('(?=en )', ''),
    re.flags,
  );

describe('operational_use regexes with a first-character lookahead', () => {
  const regexes = Object.entries(vocabulary).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
  it('are all read', () => expect(regexes.length).toBeGreaterThan(20));
  for (const [name, re] of regexes) {
    it(`${name} matches the same spans as without them`, () => {
      const plain = withoutLookaheads(re);
      for (const s of SENTENCES.flatMap((x) => [x, x.toLowerCase()])) {
        const a = re.exec(s);
        const b = plain.exec(s);
        expect([a?.index, a?.[0]]).toEqual([b?.index, b?.[0]]);
      }
    });
  }
  it('an apostrophe-first alternative still matches ("\'ve just", "\'s still")', () => {
    expect(vocabulary.SCENE.exec("they've just gone")?.[0]).toBe("'ve just");
    expect(vocabulary.NAMED_INCIDENT.exec("they've lost him")?.[0]).toBe("'ve lost him");
  });
  it('the dropped-subject ask and "en route" read as before', () => {
    expect(vocabulary.ACTION_ASK.exec('gate. need someone here now')?.[0]).toBe('need someone');
    expect(vocabulary.ACTION_ASK.test('they need someone here now')).toBe(false);
    expect(vocabulary.STRONG_REQUEST.exec('crew en route')?.[0]).toBe('en route');
    expect(vocabulary.STRONG_REQUEST.test('ambulance en route')).toBe(false);
  });
});
