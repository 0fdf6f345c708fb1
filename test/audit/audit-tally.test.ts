import { describe, expect, it } from 'vitest';
import { AuditTally } from '../../src/audit/audit-tally';
import { summarise } from '../../src/audit/audit-rows';
import type { AuditHit, ExportMessage } from '../../src/audit/audit-types';
import { posterPseudonym } from '../../src/reports/pseudonym';

let seq = 0;
const message = (id: string, over: Partial<ExportMessage> = {}): ExportMessage => ({
  seq: seq++, where: `row ${seq}`, id, threadId: id, groupId: 'g1', groupName: 'Group one', senderId: 's1', createdAt: '2022-01-01T00:00:00.000Z', text: 'text', ...over,
});
const phone: AuditHit = { type: 'phone', masked: '07700 9•••23', policyTopic: 'personal_information', severity: 'high', rule: 'phone' };

describe('the audit tally', () => {
  it('lets the latest version of an edited message decide', () => {
    const tally = new AuditTally();
    tally.addScanned(message('1'), [phone]);
    tally.addScanned(message('2'), []);
    tally.addScanned(message('1'), []); // edited: number removed
    tally.addScanned(message('2'), [phone]); // edited: number added
    expect(tally.flaggedMessages().map((m) => m.id)).toEqual(['2']);
    expect(tally.finish()).toMatchObject({ scanned: 4, superseded: 1, flaggedMessages: 1, findings: 1 });
  });

  it('drops the findings of a message that was later deleted, and counts the deletion', () => {
    const tally = new AuditTally();
    tally.addScanned(message('3'), [phone]);
    tally.addSkipped('deleted', '3');
    tally.addSkipped('system', '4');
    expect(tally.flaggedMessages()).toEqual([]);
    expect(tally.finish()).toMatchObject({ read: 3, deleted: 1, system: 1, flaggedMessages: 0 });
  });

  it('keeps text only when asked', () => {
    const withText = new AuditTally(true);
    withText.addScanned(message('5', { text: 'ring 07700 900123' }), [phone]);
    expect(withText.flaggedMessages()[0].text).toBe('ring 07700 900123');
    const without = new AuditTally(false);
    without.addScanned(message('5', { text: 'ring 07700 900123' }), [phone]);
    expect(without.flaggedMessages()[0]).not.toHaveProperty('text');
  });

  it('counts every malformed row but lists only the first fifty', () => {
    const tally = new AuditTally();
    for (let i = 0; i < 60; i++) tally.addMalformed({ where: `Messages.csv row ${i + 2}`, reason: 'short' });
    expect(tally.finish().malformed).toBe(60);
    expect(tally.malformedRows).toHaveLength(50);
  });

  it('summarises by type, group, year and poster pseudonym, with any finding type the engine returns', () => {
    const tally = new AuditTally();
    tally.addScanned(message('6', { senderId: 'a', createdAt: '2019-05-01T00:00:00.000Z' }), [phone, { ...phone, type: 'operational_use', policyTopic: 'operational_use' }]);
    tally.addScanned(message('7', { senderId: 'b', groupName: 'Group two' }), [phone]);
    const s = summarise(tally);
    expect(s.byType).toEqual([{ label: 'phone', value: 2 }, { label: 'operational_use', value: 1 }]);
    expect(s.byGroup).toEqual([{ label: 'Group one', value: 2 }, { label: 'Group two', value: 1 }]);
    expect(s.byYear).toEqual([{ label: '2019', value: 2 }, { label: '2022', value: 1 }]);
    expect(s.topPosters.map((p) => [p.pseudonym, p.findings])).toEqual([[posterPseudonym('a'), 2], [posterPseudonym('b'), 1]]);
  });
});
