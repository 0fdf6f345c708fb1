import { describe, expect, it } from 'vitest';
import {
  buildPatchedCardSchema,
  expectValidAdaptiveCard,
  validateAdaptiveCard,
} from '../support/adaptive-card-schema';

/** A realistic moderator card: facts, columns, inputs, Universal Actions, refresh and a chart. */
function realisticCard(): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    msteams: { width: 'Full' },
    refresh: {
      action: {
        type: 'Action.Execute',
        title: 'Refresh',
        verb: 'flag.refresh',
        data: { flagId: 'F-1042' },
      },
      userIds: ['29:1a2b3c-moderator', '29:4d5e6f-moderator'],
    },
    body: [
      { type: 'TextBlock', text: 'Possible personal information in a post', weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
      {
        type: 'FactSet',
        facts: [
          { title: 'Channel', value: 'Ops – North' },
          { title: 'Detected', value: 'Phone number, vehicle registration' },
          { title: 'Status', value: 'Awaiting moderator' },
        ],
      },
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: 'Risk', isSubtle: true }] },
          { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: 'High', color: 'Attention', weight: 'Bolder' }] },
        ],
      },
      {
        type: 'Chart.Donut',
        title: 'Flags this week',
        colorSet: 'categorical',
        data: [
          { legend: 'Personal data', value: 12 },
          { legend: 'Operational detail', value: 5, color: 'warning' },
          { legend: 'Other', value: 2 },
        ],
      },
      { type: 'Input.Text', id: 'note', label: 'Note for the PSD referral', isMultiline: true, maxLength: 500 },
      {
        type: 'Input.ChoiceSet',
        id: 'outcome',
        label: 'Outcome',
        style: 'compact',
        value: 'remove',
        choices: [
          { title: 'Remove the post', value: 'remove' },
          { title: 'No action', value: 'dismiss' },
          { title: 'Refer to PSD', value: 'psd' },
        ],
      },
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.OpenUrl', title: 'Open policy', url: 'https://policybot.example.org/policy#personal-data' }],
      },
    ],
    actions: [
      { type: 'Action.Execute', title: 'Submit decision', verb: 'flag.decide', data: { flagId: 'F-1042' }, style: 'positive' },
      { type: 'Action.Execute', title: 'Dismiss', verb: 'flag.dismiss', data: { flagId: 'F-1042' }, mode: 'secondary' },
    ],
  };
}

describe('Adaptive Card 1.5 schema validator', () => {
  it('ships the official schema with the definitions the bot relies on', () => {
    const defs = buildPatchedCardSchema()['definitions'] as Record<string, unknown>;
    for (const name of ['Action.Execute', 'Table', 'AdaptiveCard', 'Refresh', 'Chart.Donut', 'Chart.Line']) {
      expect(defs, name).toHaveProperty([name]);
    }
  });

  it('accepts a realistic Teams card (TextBlock, FactSet, ColumnSet, inputs, Action.Execute, refresh, chart, msteams)', () => {
    const result = validateAdaptiveCard(realisticCard());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(() => expectValidAdaptiveCard(realisticCard())).not.toThrow();
  });

  it('accepts every supported chart type, including inside a Container', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Chart.Pie', data: [{ legend: 'A', value: 1 }] },
        { type: 'Chart.VerticalBar', title: 'Per day', showBarValues: true, data: [{ x: 'Mon', y: 3 }, { x: 'Tue', y: 4 }] },
        { type: 'Chart.HorizontalBar', displayMode: 'AbsoluteWithAxis', data: [{ x: 'Ops', y: 7, color: 'good' }] },
        {
          type: 'Chart.VerticalBar.Grouped',
          stacked: false,
          data: [{ legend: 'Flagged', values: [{ x: 'Mon', y: 1 }] }, { legend: 'Removed', values: [{ x: 'Mon', y: 1 }] }],
        },
        { type: 'Chart.HorizontalBar.Stacked', data: [{ legend: 'Week 1', values: [{ x: 'Open', y: 2 }, { x: 'Closed', y: 5 }] }] },
        {
          type: 'Container',
          items: [{ type: 'Chart.Line', xAxisTitle: 'Day', yAxisTitle: 'Flags', data: [{ legend: 'Flags', values: [{ x: 1, y: 2 }, { x: 2, y: 5 }] }] }],
        },
      ],
    };
    expect(validateAdaptiveCard(card).errors).toEqual([]);
  });

  it('rejects an unknown element type and names it', () => {
    const card = realisticCard();
    (card['body'] as unknown[]).push({ type: 'Carousel', pages: [] });
    const { valid, errors } = validateAdaptiveCard(card);
    expect(valid).toBe(false);
    expect(errors).toContain("/body/7 has unknown element type 'Carousel'");
  });

  it('rejects a card without version, and a card with a version other than 1.5', () => {
    const noVersion = realisticCard();
    delete noVersion['version'];
    const missing = validateAdaptiveCard(noVersion);
    expect(missing.valid).toBe(false);
    expect(missing.errors.join('\n')).toMatch(/required property 'version'/);

    const old = validateAdaptiveCard({ ...realisticCard(), version: '1.2' });
    expect(old.valid).toBe(false);
    expect(old.errors.join('\n')).toMatch(/version must be equal to constant "1.5"/);
  });

  it('rejects Action.Execute with a property the schema does not define', () => {
    const card = realisticCard();
    (card['actions'] as Record<string, unknown>[])[0]['verbb'] = 'typo';
    const { valid, errors } = validateAdaptiveCard(card);
    expect(valid).toBe(false);
    expect(errors).toContain("/actions/0 must NOT have additional properties 'verbb'");
  });

  it('rejects a TextBlock weight outside the FontWeight enum', () => {
    const card = realisticCard();
    (card['body'] as Record<string, unknown>[])[0]['weight'] = 'heavy';
    const { valid, errors } = validateAdaptiveCard(card);
    expect(valid).toBe(false);
    expect(errors.some((e) => e.startsWith('/body/0/weight'))).toBe(true);
  });

  it('rejects malformed charts', () => {
    const withChart = (chart: Record<string, unknown>) => ({ type: 'AdaptiveCard', version: '1.5', body: [chart] });
    // value must be a number
    expect(validateAdaptiveCard(withChart({ type: 'Chart.Donut', data: [{ legend: 'A', value: 'ten' }] })).valid).toBe(false);
    // data is required
    expect(validateAdaptiveCard(withChart({ type: 'Chart.Donut', title: 'No data' })).valid).toBe(false);
    // bar chart points need x and y, not legend/value
    expect(validateAdaptiveCard(withChart({ type: 'Chart.VerticalBar', data: [{ legend: 'A', value: 1 }] })).valid).toBe(false);
    // unknown chart property
    const unknownProp = validateAdaptiveCard(withChart({ type: 'Chart.Line', data: [{ legend: 'L', values: [{ x: 1, y: 1 }] }], smooth: true }));
    expect(unknownProp.valid).toBe(false);
    expect(unknownProp.errors).toContain("/body/0 must NOT have additional properties 'smooth'");
    // unknown chart type
    expect(validateAdaptiveCard(withChart({ type: 'Chart.Radar', data: [] })).errors).toContain(
      "/body/0 has unknown element type 'Chart.Radar'",
    );
  });

  it('allows only the msteams key beyond the 1.5 AdaptiveCard properties', () => {
    expect(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [], msteams: { width: 'Full' } }).valid).toBe(true);
    expect(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [], msteams: { width: 'Wide' } }).valid).toBe(false);
    const other = validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [], teams: {} });
    expect(other.valid).toBe(false);
    expect(other.errors).toContain("(card) must NOT have additional properties 'teams'");
  });

  it('throws a readable error from expectValidAdaptiveCard', () => {
    const card = realisticCard();
    (card['body'] as Record<string, unknown>[])[1] = { type: 'FactSet' };
    expect(() => expectValidAdaptiveCard(card)).toThrow(/\/body\/1 must have required property 'facts'/);
  });
});
