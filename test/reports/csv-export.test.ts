import { describe, expect, it } from 'vitest';
import { guardCell, renderCsv } from '../../src/reports/csv-export';
import { toExportRow } from '../../src/reports/export-rows';
import type { FlagAction } from '../../src/moderation/flag-action';
import { at, flagRow } from './support/flag-rows';
import { parseCsv } from './support/parse-csv';

const now = at('2026-11-10T12:00:00Z');
const resolver = (topic: string) => (topic === 'personal-data' ? '5.g2 Personal data of colleagues' : undefined);

function action(over: Partial<FlagAction> & { action: FlagAction['action']; at: Date }): FlagAction {
  return { id: 1, flagId: 'F-CSV', actorId: 'mod-1', actorName: 'Mo Derator', reason: null, ...over };
}

describe('guardCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['Plain = fine', 'Plain = fine'],
    [null, ''],
    [3, '3'],
  ])('%j -> %j', (input, expected) => {
    expect(guardCell(input)).toBe(expected);
  });
});

describe('renderCsv', () => {
  const flag = flagRow({
    id: 'F-CSV',
    createdAt: at('2026-07-01T09:30:00Z'),
    channelName: 'Ops, "North"',
    posterName: '=HYPERLINK("http://evil","x")',
    state: 'escalated',
    escalationReason: 'Line one\nline two, with comma',
    findings: [
      { type: 'phone', maskedValue: '07*** ***123', severity: 'high', confidence: 0.9, rule: 'uk-mobile', policyTopic: 'personal-data' },
      { type: 'email', maskedValue: 'j***@x.uk', severity: 'medium', confidence: 0.8, rule: 'email', policyTopic: 'other-topic' },
    ],
  });
  const actions = [
    action({ id: 2, action: 'escalated', at: at('2026-07-01T11:00:00Z'), reason: '@PSD please' }),
    action({ id: 1, action: 'confirmed', at: at('2026-07-01T10:00:00Z'), actorName: null, actorId: 'mod-2' }),
  ];
  const csv = renderCsv([toExportRow(flag, actions, now, resolver)]);
  const records = parseCsv(csv);

  it('starts with a BOM and a header row, CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Flag ID,Source,Detected at (UTC),Detected at (UK time)');
    expect(csv).toContain('\r\n');
    expect(records).toHaveLength(2);
  });

  it('round-trips commas, quotes and newlines', () => {
    const [header, row] = records;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Channel')).toBe('Ops, "North"');
    expect(cell('Escalation reason')).toBe('Line one\nline two, with comma');
    expect(csv).toContain('"Ops, ""North"""');
  });

  it('guards formula injection in user-supplied cells', () => {
    const [header, row] = records;
    expect(row[header.indexOf('Poster')]).toBe('\'=HYPERLINK("http://evil","x")');
    // The actions cell starts with a date, so it needs no guard even though a reason starts with "@".
    expect(row[header.indexOf('Actions')]).toBe(
      '2026-07-01 11:00 BST confirmed by mod-2\n2026-07-01 12:00 BST escalated by Mo Derator: @PSD please',
    );
  });

  it('fills the Purview-style columns', () => {
    const [header, row] = records;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Detected at (UTC)')).toBe('2026-07-01T09:30:00.000Z');
    expect(cell('Detected at (UK time)')).toBe('2026-07-01 10:30 BST');
    expect(cell('Masked values')).toBe('07*** ***123; j***@x.uk');
    expect(cell('Policy clauses')).toBe('5.g2 Personal data of colleagues; other-topic');
    expect(cell('State')).toBe('escalated');
    expect(cell('Days pending')).toBe('');
  });

  it('counts days pending for open flags', () => {
    const open = toExportRow(flagRow({ createdAt: at('2026-11-07T11:00:00Z'), state: 'open' }), [], now, resolver);
    expect(open.daysPending).toBe(3); // 3 d 1 h
  });
});
