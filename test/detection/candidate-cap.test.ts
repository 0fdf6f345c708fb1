import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { CAP_FROM_LENGTH, MAX_CANDIDATES_PER_DETECTOR } from '../../src/detection/candidate-cap';

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
const countOf = (text: string, type: string) => scan({ text }).filter((f) => f.type === type).length;

describe('candidate cap on long posts', () => {
  it('lists at most the cap of one detector\'s values on a long post that is nothing but values', () => {
    const text = repeat('a.b@example.com ', 1_000_000);
    const findings = scan({ text }).filter((f) => f.type === 'email');
    expect(findings.length).toBe(MAX_CANDIDATES_PER_DETECTOR);
    // The first values of the post are the ones listed, in text order.
    expect(findings[0].start).toBe(0);
    expect(findings.every((f, i) => i === 0 || f.start > findings[i - 1].start)).toBe(true);
  });

  it('still runs the other detectors after one reached its cap', () => {
    const text = `${repeat('a.b@example.com ', 200_000)} ring the caller on 07700 900123 please`;
    const findings = scan({ text });
    expect(findings.filter((f) => f.type === 'email')).toHaveLength(MAX_CANDIDATES_PER_DETECTOR);
    expect(findings.filter((f) => f.type === 'phone').map((f) => text.slice(f.start, f.end))).toEqual(['07700 900123']);
  });

  it('never caps a post shorter than the threshold, however many values it holds', () => {
    const text = repeat('x@y.co ', CAP_FROM_LENGTH - 10).slice(0, CAP_FROM_LENGTH - 10);
    const expected = text.split(' ').filter((w) => w === 'x@y.co').length;
    expect(expected).toBeGreaterThan(MAX_CANDIDATES_PER_DETECTOR);
    expect(countOf(text, 'email')).toBe(expected);
  });

  it('finds the same values on a long post that stays under the cap as it would uncapped', () => {
    const prose = 'The team met at the station to plan the week and nobody mentioned anything personal. ';
    const text = `${repeat(prose, CAP_FROM_LENGTH * 2)} email jo.bloggs@example.com or ring 07700 900123`;
    const types = scan({ text }).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
    expect(types).toEqual(['email:jo.bloggs@example.com', 'phone:07700 900123']);
  });
});
