import { describe, expect, it } from 'vitest';
import { coreAdditions, coreCandidates, isPlausibleBirthDate, passesCheck } from '../../../scripts/lib/core-learnt-features';
import { detectLearntCore, readCoreTable } from '../../../scripts/lib/core-learnt-detector';
import type { ScanContext } from '../../../src/detection/scan-context';
import { CORE_LEARNT_BIAS, CORE_LEARNT_KEYS, CORE_LEARNT_THRESHOLDS, CORE_LEARNT_WEIGHTS } from '../../../scripts/lib/core-learnt-weights.generated';

/** Seventeenth session (branch core17): the learnt core reader. Sentences written for these tests, not taken from any dev set. */
const spans = (text: string): string[] => coreCandidates(text).map(([s, e]) => text.slice(s, e));

describe('learnt core reader: candidates by shape', () => {
  it('reads separated values whole and short letter groups beside them in the same case', () => {
    expect(spans('ref 21/33018/25 today')).toContain('21/33018/25');
    expect(spans('plate yr19 bxe seen')).toContain('yr19 bxe');
    expect(spans('plate YR19 BXE seen')).toContain('YR19 BXE');
    expect(spans('ni TW 33 81 07 A ok')).toContain('TW 33 81 07 A');
  });

  it('does not join a word to a value, nor read a time as one', () => {
    expect(spans('ST21 and ST22 merge')).not.toContain('ST21 and');
    expect(spans('ready at 03:15:40 sharp')).not.toContain('03:15:40');
    expect(spans('no digits in this post')).toEqual([]);
  });
});

describe('learnt core reader: checks', () => {
  it('names a checked type only where its check passes', () => {
    expect(passesCheck('nhs_number', '943 476 5919')).toBe(true);
    expect(passesCheck('nhs_number', '943 476 5918')).toBe(false);
    expect(passesCheck('crime_reference', '21/33018/25')).toBe(true);
  });

  it('takes a date of birth only in the past and within 120 years', () => {
    const now = new Date(Date.UTC(2026, 11, 1));
    expect(isPlausibleBirthDate('14/07/1988', now)).toBe(true);
    expect(isPlausibleBirthDate('14/07/2027', now)).toBe(false);
    expect(isPlausibleBirthDate('02/05/1802', now)).toBe(false);
    expect(isPlausibleBirthDate('31/13/1990', now)).toBe(false);
  });
});

describe('learnt core reader: the shipped table', () => {
  const model = readCoreTable(CORE_LEARNT_BIAS, CORE_LEARNT_KEYS, CORE_LEARNT_WEIGHTS);
  it('ships per-class thresholds above one half and a bounded table', () => {
    expect(CORE_LEARNT_THRESHOLDS.slice(1).every((t) => t > 0.5)).toBe(true);
    expect(model.weights.size).toBeGreaterThan(500);
    expect(model.weights.size).toBeLessThanOrEqual(8000);
  });

  it('adds nothing where a rule candidate overlaps', () => {
    const text = 'the worst of the lot is 21/33018/25, chase it up';
    expect(coreAdditions(text, () => true, model, CORE_LEARNT_THRESHOLDS)).toEqual([]);
  });

  it('adds nothing to office talk full of numbers', () => {
    for (const text of ['Rota v4.3 is out, shifts 0700-1500 and 1500-2300 from the 14th.', 'Room 2.14 booked 10:00-12:00 for 12 people, budget code 8812.']) {
      expect(coreAdditions(text, () => false, model, CORE_LEARNT_THRESHOLDS)).toEqual([]);
    }
  });
});

describe('learnt core reader: the detector (not wired into the registry)', () => {
  const learnt = (text: string, rules: Array<{ start: number; end: number; confidence: number }> = []): string[] => {
    const out: any[] = [...rules.map((r) => ({ ...r, type: 'crime_reference', rule: 'rule' }))];
    detectLearntCore({ text } as ScanContext, out);
    return out.filter((c) => c.rule === 'core.learnt').map((c) => `${c.type}:${text.slice(c.start, c.end)}`);
  };

  it('reads a crime number the rules have no word for', () => {
    expect(learnt('Three jobs on my list and the nastiest is 17/60423/25, it needs a file by Friday.')).toEqual(['crime_reference:17/60423/25']);
  });

  it('never names a vehicle registration, and leaves rota and office numbers alone', () => {
    expect(learnt('pool car rota wk14 thu: the estate goes to lates')).toEqual([]);
    expect(learnt('Purchase order PUR-26-0044120 for the chairs is approved.')).toEqual([]);
    expect(learnt('Canteen shut 14:00-15:30 Tuesday, sorry.')).toEqual([]);
  });

  it('adds nothing over a rule finding, but reads over a candidate the scanner would drop', () => {
    const text = 'Three jobs on my list and the nastiest is 17/60423/25, it needs a file by Friday.';
    const at = text.indexOf('17/');
    expect(learnt(text, [{ start: at, end: at + 11, confidence: 0.85 }])).toEqual([]);
    expect(learnt(text, [{ start: at, end: at + 11, confidence: 0.45 }])).toEqual(['crime_reference:17/60423/25']);
  });
});
