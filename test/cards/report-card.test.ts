import { describe, expect, it } from 'vitest';
import { dayAxis, integerAxisMax, OUTCOME_COLOURS, reportCard, shortDay } from '../../src/cards/report-card';
import { computeReport } from '../../src/reports/compute-report';
import { parseReportPeriod } from '../../src/reports/report-period';
import { posterPseudonym } from '../../src/reports/pseudonym';
import { expectValidAdaptiveCard, validateAdaptiveCard } from '../support/adaptive-card-schema';
import { at, flagRow } from '../reports/support/flag-rows';

const now = at('2026-11-10T12:00:00Z');
const period = parseReportPeriod('2026-11-01 2026-11-07', now);
const zero = { scanned: 0, flagged: 0, edited: 0, deleted: 0 };

function report(withFlags: boolean) {
  const repeat = ['2026-10-01', '2026-10-02', '2026-10-03'].map((d) =>
    flagRow({ createdAt: at(`${d}T09:00:00Z`), state: 'confirmed', posterId: 'u-repeat', posterName: 'Rita Repeat' }),
  );
  const flags = withFlags
    ? [
        flagRow({ createdAt: at('2026-11-01T09:00:00Z'), state: 'confirmed', detectionTypes: ['phone'], firstActionAt: at('2026-11-01T11:00:00Z') }),
        flagRow({ createdAt: at('2026-11-02T09:00:00Z'), state: 'open', detectionTypes: ['email'], channelId: 'c2', channelName: 'HR [private]' }),
        flagRow({ createdAt: at('2026-11-03T09:00:00Z'), state: 'dismissed', detectionTypes: ['phone', 'nino'] }),
      ]
    : [];
  return computeReport(
    { flags, previousFlags: [], recentConfirmedFlags: withFlags ? repeat : [], pendingFlags: [], posts: { ...zero, scanned: withFlags ? 500 : 0, flagged: flags.length }, previousPosts: zero, postsByChannel: [] },
    period,
    now,
  );
}

describe('reportCard', () => {
  const card = reportCard(report(true), { html: 'https://bot.example/reports/download?t=abc', csv: 'https://bot.example/reports/download?t=def' });
  const byType = (type: string) => card.body.filter((e) => e.type === type);

  it('is a valid Adaptive Card 1.5 with Teams charts', () => {
    expectValidAdaptiveCard(card);
    expect(card.version).toBe('1.5');
    expect(byType('Chart.Donut')).toHaveLength(1);
    expect(byType('Chart.VerticalBar')).toHaveLength(0);
    expect(byType('Chart.HorizontalBar')).toHaveLength(2);
    expect(byType('Chart.Line')).toHaveLength(1);
  });

  it('puts hand-checked figures in the charts', () => {
    expect(byType('Chart.Donut')[0].data).toEqual([
      { legend: 'Open: 1', value: 1, color: 'categoricalOrange' },
      { legend: 'Dismissed: 1', value: 1, color: 'neutral' },
      { legend: 'Confirmed: 1', value: 1, color: 'categoricalBlue' },
    ]);
    const [typesChart, channelsChart] = byType('Chart.HorizontalBar');
    expect(typesChart).toMatchObject({ displayMode: 'AbsoluteNoAxis', showBarValues: true });
    // Teams draws no chart `title`: each chart's name is the TextBlock right above it.
    const titleAbove = (chart: unknown) => card.body[card.body.indexOf(chart as (typeof card.body)[number]) - 1];
    expect(titleAbove(typesChart)).toMatchObject({ type: 'TextBlock', text: 'Flags by detection type' });
    expect(titleAbove(byType('Chart.Donut')[0])).toMatchObject({ type: 'TextBlock', text: 'Outcomes of flags raised' });
    expect(titleAbove(byType('Chart.Line')[0])).toMatchObject({ type: 'TextBlock', text: 'Flags raised per day (UK time)' });
    for (const chart of card.body.filter((e) => String(e.type).startsWith('Chart.'))) expect(chart).not.toHaveProperty('title');
    expect(typesChart!.data).toEqual([
      { x: 'Phone number', y: 2 },
      { x: 'Email address', y: 1 },
      { x: 'National Insurance number', y: 1 },
    ]);
    // Counts are read off the bars, not an axis that Teams would tick at 0.25, 0.5, 0.75.
    expect(channelsChart).toMatchObject({ displayMode: 'AbsoluteNoAxis' });
    expect(titleAbove(channelsChart)).toMatchObject({ type: 'TextBlock', text: 'Flags by channel' });
    expect(channelsChart!.data).toEqual([
      { x: 'Ops', y: 2 },
      { x: 'HR [private]', y: 1 },
    ]);
    const line = byType('Chart.Line')[0].data as Array<{ values: Array<{ x: string; y: number }> }>;
    expect(line[0].values.map((v) => v.y)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    expect(line[0].values[0].x).toBe('1');
    expect(byType('Chart.Line')[0]).toMatchObject({ xAxisTitle: 'Day (Nov)' });
    expect(byType('Chart.Line')[0]).toMatchObject({ yMin: 0, yMax: 4 });
    // Outcomes that readers compare must not share a hue (confirmed vs escalated were two reds).
    const colours = Object.values(OUTCOME_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('short day labels and integer axis tops', () => {
    expect(shortDay('2026-11-24')).toBe('24 Nov');
    expect(dayAxis(['2026-10-30', '2026-10-31', '2026-11-01'])).toEqual({ title: 'Day (Oct–Nov)', labels: ['30', '31', '1'] });
    expect(dayAxis(['2026-11-23', '2026-11-24'])).toEqual({ title: 'Day (Nov)', labels: ['23', '24'] });
    expect(integerAxisMax([0, 1, 3])).toBe(4);
    expect(integerAxisMax([9])).toBe(12);
  });

  it('has a text fallback and shows repeat posters only by pseudonym', () => {
    expect(card.fallbackText).toContain('flags raised: 3');
    const json = JSON.stringify(card);
    expect(json).toContain(posterPseudonym('u-repeat'));
    expect(json).not.toContain('Rita Repeat');
    expect(json).not.toContain('u-repeat');
    for (const chart of card.body.filter((e) => String(e.type).startsWith('Chart.'))) {
      expect((chart.fallback as { type: string }).type).toBe('TextBlock');
    }
    expect(card.actions?.map((a) => a.type)).toEqual(['Action.OpenUrl', 'Action.OpenUrl']);
  });

  it('stays valid for an empty period (no charts with empty data)', () => {
    const empty = reportCard(report(false));
    expectValidAdaptiveCard(empty);
    expect(empty.body.some((e) => String(e.type).startsWith('Chart.'))).toBe(false);
    expect(JSON.stringify(empty)).toContain('No flags were raised in this period.');
    expect(empty.actions).toBeUndefined();
  });

  it('the validator is able to fail (a chart without data)', () => {
    const broken = { ...card, body: [...card.body, { type: 'Chart.Donut', title: 'x' }] };
    expect(validateAdaptiveCard(broken).valid).toBe(false);
  });

  it('cuts a channel name by grapheme: an emoji at position 39 leaves no lone surrogate', () => {
    const name = `${'x'.repeat(39)}😀 channel`;
    const withEmoji = computeReport(
      { flags: [flagRow({ createdAt: at('2026-11-02T09:00:00Z'), state: 'open', detectionTypes: ['phone'], channelId: 'c9', channelName: name })], previousFlags: [], recentConfirmedFlags: [], pendingFlags: [], posts: { ...zero, scanned: 1, flagged: 1 }, previousPosts: zero, postsByChannel: [] },
      period,
      now,
    );
    const emojiCard = reportCard(withEmoji, {});
    // JSON.stringify writes a lone surrogate as an escape (\udXXX); a paired one stays as the character.
    expect(JSON.stringify(emojiCard)).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    expect(JSON.stringify(emojiCard)).toContain('x'.repeat(39));
    expectValidAdaptiveCard(emojiCard);
  });
});

