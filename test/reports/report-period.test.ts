import { describe, expect, it } from 'vitest';
import { ReportPeriodError, parseReportPeriod, previousPeriod } from '../../src/reports/report-period';
import { AppError } from '../../src/errors/app-error';

const now = new Date('2026-11-23T23:05:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function errorOf(fn: () => unknown): ReportPeriodError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReportPeriodError) return e;
    throw e;
  }
  throw new Error('expected a ReportPeriodError');
}

describe('parseReportPeriod', () => {
  it('defaults to the last 7 days ending now', () => {
    const p = parseReportPeriod('', now);
    expect(p.from.toISOString()).toBe('2026-11-16T23:05:00.000Z');
    expect(p.to.toISOString()).toBe('2026-11-23T23:05:00.000Z');
    expect(p.label).toBe('last 7 days');
  });

  it('reads "30d" as the last 30 days', () => {
    const p = parseReportPeriod(' 30d ', now);
    expect(p.from.toISOString()).toBe('2026-10-24T23:05:00.000Z');
    expect(p.to.getTime()).toBe(now.getTime());
  });

  it('reads a date range as London days, both inclusive (GMT in November)', () => {
    const p = parseReportPeriod('2026-11-01 2026-11-21', now);
    expect(p.from.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(p.label).toBe('2026-11-01 to 2026-11-21');
  });

  it('starts at 23:00 UTC the day before in summer time', () => {
    const p = parseReportPeriod('2026-07-01 2026-07-01', now);
    expect(p.from.toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-07-01T23:00:00.000Z');
  });

  it('is one hour longer across the October clock change (25 Oct 2026, BST -> GMT)', () => {
    const p = parseReportPeriod('2026-10-20 2026-10-31', now);
    expect(p.from.toISOString()).toBe('2026-10-19T23:00:00.000Z'); // midnight BST
    expect(p.to.toISOString()).toBe('2026-11-01T00:00:00.000Z'); // midnight GMT
    expect(p.to.getTime() - p.from.getTime()).toBe(12 * DAY + HOUR);
  });

  it('is one hour shorter across the March clock change (29 Mar 2026, GMT -> BST)', () => {
    const p = parseReportPeriod('2026-03-28 to 2026-03-29', now);
    expect(p.from.toISOString()).toBe('2026-03-28T00:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(p.to.getTime() - p.from.getTime()).toBe(2 * DAY - HOUR);
  });

  it.each([
    ['banana', 'syntax'],
    ['7 weeks', 'syntax'],
    ['0d', 'too_long'],
    ['400d', 'too_long'],
    ['2026-02-30 2026-03-01', 'bad_date'],
    ['2026-13-01 2026-13-02', 'bad_date'],
    ['2026-11-21 2026-11-01', 'reversed'],
    ['2025-01-01 2026-11-01', 'too_long'],
    ['2026-12-01 2026-12-02', 'future'],
  ])('rejects %j with a friendly typed error (%s)', (text, kind) => {
    const error = errorOf(() => parseReportPeriod(text, now));
    expect(error.kind).toBe(kind);
    expect(error).toBeInstanceOf(AppError);
    expect(error.userMessage).toContain('report 30d');
  });

  it('gives the previous period of equal length', () => {
    const p = previousPeriod(parseReportPeriod('2026-10-20 2026-10-31', now));
    expect(p.to.toISOString()).toBe('2026-10-19T23:00:00.000Z');
    expect(p.from.toISOString()).toBe('2026-10-07T22:00:00.000Z');
  });
});
