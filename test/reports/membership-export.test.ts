/** The membership figures (issue 16) in every export: CSV block under the flag rows, HTML section, JSON figures. */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../delivery/fake-time';
import { exportReport } from '../../src/reports/export-report';
import { useTestStore } from '../support/test-store';
import { parseCsv } from './support/parse-csv';

describe('membership figures in the PSD exports', () => {
  const clock = new FakeClock('2026-03-04T12:00:00Z');
  const t = useTestStore('pglite', { clock });
  const period = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
  const noClause = () => undefined;

  async function seed() {
    const { store } = t();
    const base = { teamId: 'team1', teamName: 'Joint Hub', memberName: 'Guest', memberDomain: 'council.gov.uk', reason: 'guest' as const, source: 'sweep' as const, addedByName: null, ownerRef: null };
    const a = (await store.externalMembers.record({ ...base, memberKey: 'a' }))!;
    await store.externalMembers.record({ ...base, memberKey: 'b' });
    await store.externalMembers.decide(a.id, { state: 'expected', by: 'mod', byName: 'Mo', reason: 'joint team' });
    await store.audit.append({ actorId: 'system', action: 'role.leaver_removed', target: 'u1', details: { role: 'moderator' } });
    await store.audit.append({ actorId: 'system', action: 'role.leaver_removed', target: 'u1', details: { role: 'psd' } });
    return store;
  }

  it('CSV: a "Figure, Value" block follows the flag rows', async () => {
    const file = await exportReport(await seed(), period, 'csv', clock.now(), noClause);
    const rows = parseCsv(file.body);
    expect(rows[0]![0]).toBe('Flag ID');
    const at = rows.findIndex((r) => r[0] === 'Figure');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(at + 1, at + 5)).toEqual([
      ['External members alerted (added to teams)', '2 (1 waiting)'],
      ['Marked expected (partner team)', '1'],
      ['Raised with the team owner', '0'],
      ['Leavers whose roles were removed', '1'],
    ]);
  });

  it('HTML and JSON carry the same figures; a CSV with nothing to show has no block', async () => {
    const store = await seed();
    const html = await exportReport(store, period, 'html', clock.now(), noClause);
    expect(html.body).toContain('External members and leavers');
    expect(html.body).toContain('Leavers whose roles were removed');
    const json = JSON.parse((await exportReport(store, period, 'json', clock.now(), noClause)).body) as { figures: { membership: unknown } };
    expect(json.figures.membership).toEqual({ alerted: 2, expected: 1, raised: 0, leaversRemoved: 1 });
    const empty = await exportReport(store, { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-08T00:00:00Z') }, 'csv', clock.now(), noClause);
    expect(parseCsv(empty.body).some((r) => r[0] === 'Figure')).toBe(false);
  });
});
