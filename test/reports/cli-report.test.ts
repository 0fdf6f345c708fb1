import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cliPeriod, runReport } from '../../src/cli/commands/report';
import { storeAdapters, useTestStore } from '../support/test-store';
import { parseCsv } from './support/parse-csv';
import { seedFlag } from './support/seed';

const now = new Date('2026-11-10T12:00:00Z');
const resolver = (topic: string) => (topic === 'personal-data' ? { clauseId: '5.g2', section: '5', sectionTitle: 'Personal data' } : undefined);

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { chunks.push(Buffer.from(chunk)); cb(); } });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('cliPeriod', () => {
  it('reads --from/--to as inclusive London days, with sensible defaults', () => {
    expect(cliPeriod({ from: '2026-11-01', to: '2026-11-07' }, now)).toMatchObject({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-08T00:00:00Z') });
    expect(cliPeriod({ from: '2026-11-01' }, now).to).toEqual(new Date('2026-11-11T00:00:00Z'));
    expect(cliPeriod({ to: '2026-11-07' }, now).from).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(cliPeriod({}, now).from).toEqual(new Date('2026-11-03T12:00:00Z'));
    expect(() => cliPeriod({ from: 'yesterday' }, now)).toThrow(/not a real date/);
  });
});

describe.each(storeAdapters)('runReport on %s', (adapter) => {
  const t = useTestStore(adapter);

  it('writes CSV, JSON and HTML exports and audits each', async () => {
    const { store } = t();
    const a = await seedFlag(store, { createdAt: '2026-11-02T10:00:00Z', posterName: 'Casey Example', state: 'confirmed', firstActionAfterHours: 1 });
    await store.flagActions.append({ flagId: a.id, action: 'confirmed', actorId: 'mod-1', actorName: 'Mo', reason: 'clear breach', at: new Date('2026-11-02T11:00:00Z') });
    await store.postContent.put(a.id, { text: 'RAW POST TEXT must never leave' });
    await seedFlag(store, { createdAt: '2026-11-09T10:00:00Z' }); // outside

    const csv = sink();
    await runReport(store, { from: '2026-11-01', to: '2026-11-07', format: 'csv' }, csv.stream, now, resolver);
    const records = parseCsv(csv.text());
    expect(records).toHaveLength(2);
    const cell = (name: string) => records[1][records[0].indexOf(name)];
    expect(cell('Flag ID')).toBe(a.id);
    expect(cell('Poster')).toBe('Casey Example');
    expect(cell('Policy clauses')).toBe('5.g2 Personal data');
    expect(cell('Actions')).toBe('2026-11-02 11:00 GMT confirmed by Mo: clear breach');

    const json = sink();
    await runReport(store, { from: '2026-11-01', to: '2026-11-07', format: 'json' }, json.stream, now, resolver);
    const parsed = JSON.parse(json.text());
    expect(parsed.figures.flagsRaised).toBe(1);
    expect(parsed.figures.outcomes.confirmed).toBe(1);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0].flagId).toBe(a.id);

    const html = sink();
    await runReport(store, { from: '2026-11-01', to: '2026-11-07', format: 'html' }, html.stream, now, resolver);
    expect(html.text().match(/<svg /g)).toHaveLength(3);

    for (const out of [csv.text(), json.text(), html.text()]) expect(out).not.toContain('RAW POST TEXT');
    const audit = await store.audit.list({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') }, { action: 'report.export' });
    expect(audit.map((e) => e.details.format)).toEqual(['csv', 'json', 'html']);
  });
});
