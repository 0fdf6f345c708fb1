import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { learntKeys, learntScore } from '../../../src/detection/detectors/operational-use-learnt-features';
import { learntCue, learntTarget, learntVeto } from '../../../src/detection/detectors/operational-use-learnt-gate';
import { readTable } from '../../../src/detection/detectors/operational-use-learnt';
import { LEARNT_BIAS, LEARNT_KEYS, LEARNT_THRESHOLD, LEARNT_WEIGHTS } from '../../../src/detection/detectors/operational-use-weights.generated';

/**
 * Sixteenth session (branch opml16): the learnt operational_use reader behind a rule precondition and a veto.
 * Sentences written for these tests, not taken from any dev set.
 */
const opRules = (text: string): string[] => scan({ text }).filter((f) => f.type === 'operational_use').map((f) => f.rule);

describe('learnt operational_use: features', () => {
  it('reads numbers as one token and curly apostrophes as straight ones', () => {
    expect(learntKeys("who\u2019s on 10 mins out")).toEqual(learntKeys("who's on 7 mins out"));
    expect(learntKeys('5 mins out')).toEqual(learntKeys('20 mins out'));
    expect(learntKeys("who's on")).not.toEqual(learntKeys('who s on'));
  });

  it('reads nothing in a post naming nothing operational (the rules target vocabulary)', () => {
    expect(learntTarget('can anyone on nights take over watching the prisoner')).toBe(true);
    expect(learntTarget('can anyone on nights take over watering the plants')).toBe(false);
  });

  it('gives each unigram and bigram one key, and an empty table scores the bias', () => {
    expect(learntKeys('need a unit')).toHaveLength(5);
    expect(learntScore([1, 2, 3], { bias: 0, weights: new Map() })).toBeCloseTo(0.5);
  });

  it('ships a small table and a threshold calibrated above one half', () => {
    const table = readTable(LEARNT_BIAS, LEARNT_KEYS, LEARNT_WEIGHTS);
    expect(table.weights.size).toBeGreaterThan(500);
    expect(table.weights.size).toBeLessThanOrEqual(4000);
    expect(LEARNT_THRESHOLD).toBeGreaterThan(0.5);
  });
});

describe('learnt operational_use: the precondition', () => {
  it('finds an ask, an order opening a clause, the present, or a question', () => {
    const cue = (t: string): string | null => {
      const c = learntCue(t);
      return c ? t.slice(c.start, c.end) : null;
    };
    expect(cue('can anyone on nights take over the bedwatch')).toBe('anyone');
    expect(cue('units on the bypass. clear the hard shoulder for the ambulance')).toBe('clear');
    expect(cue('the dog van is en route to the allotments')).toBe('en route');
    expect(cue('dog van near the allotments?')).toBe('?');
    expect(cue('the quarterly figures were good for the north team')).toBeNull();
  });

  it('is vetoed by what says the matter is not live now, and not by an ordinary live ask', () => {
    expect(learntVeto('last night the late shift had four units at the fight, thanks to all of them')).toBe('past');
    expect(learntVeto('can someone cover the front desk tomorrow morning')).toBe('future');
    expect(learntVeto('if i get called out on call can i claim the mileage back')).toBe('pay');
    expect(learntVeto('winter burglary problem profile: more patrols please around the estates')).toBe('analysis');
    expect(learntVeto('can anyone tell me if the on-call engineer covers the east too')).toBe('tell_me');
    expect(learntVeto('how does everyone cope with being on call and childcare')).toBe('how_others');
    expect(learntVeto('ambulance waits long tonight, expect to stay with patients')).toBe('expect');
    expect(learntVeto('please fill in the uniform order with your sizes by friday')).not.toBeNull();
    expect(learntVeto('who is on the front desk on boxing day')).toBe('holiday');
    expect(learntVeto('the crew went to the fight and dealt with it')).toBe('past_tense');
    expect(learntVeto('cat found by the bins, now with the rspca, no collar')).toBe('handed_back');
    expect(learntVeto('cadet meet up tmrw at 6, bring ur boots')).toBe('ahead');
    expect(learntVeto('need two specials for the licensing visits on friday evening')).not.toBeNull();
    expect(learntVeto('need two officers for the community fun day at the park')).toBe('event_day');
    expect(learntVeto('lost boy by the fountain, can anyone help look for his dad')).toBeNull();
    expect(learntVeto('can anyone on nights take over watching the prisoner at the royal')).toBeNull();
    expect(learntVeto('the crew went in and the male is still fighting them now')).toBeNull();
  });
});

describe('learnt operational_use: the scanner', () => {
  it('flags live asks the rules do not read, on their ask word', () => {
    for (const text of [
      'Can anyone on nights take over watching the prisoner at the Royal, my pair have been there nine hours',
      "Who's the tactical adviser tonight? Need one on the phone for the flat on Kent Street",
    ]) {
      const found = scan({ text }).filter((f) => f.type === 'operational_use');
      expect(found.map((f) => f.rule), text).toEqual(['operational_use.learnt']);
      expect(found[0].policyTopic).toBe('operational_use');
      expect(text.slice(found[0].start, found[0].end)).toMatch(/^(?:anyone|who's)$/i);
    }
  });

  it('adds nothing where the rules already found the post', () => {
    expect(opRules('Need someone with a van at the hospital asap for a prisoner being discharged')).toEqual(['operational_use.live_request']);
  });

  it('leaves everyday asks and vetoed look-backs alone', () => {
    for (const text of [
      'Anyone fancy a run to the bakery before briefing?',
      'Could someone water the plants while I am on leave?',
      'Who has the key to the stationery cupboard? Need some envelopes',
      'Anyone got a phone charger I can borrow? Mine has died',
      'Does anyone know if the gym at HQ is open at the moment?',
      'Need two people for the five-a-side team on Thursday',
      'Last night we had four units at the Oak Road fight, well done to all of them',
      'Can I claim mileage for the drive to the firearms range?',
    ]) expect(opRules(text), text).toEqual([]);
  });
});
