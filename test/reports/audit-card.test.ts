import { describe, expect, it } from 'vitest';
import { AUDIT_CARD_MAX_ENTRIES, auditCard } from '../../src/cards/audit-card';
import { loadFlagHistory } from '../../src/reports/flag-history';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { storeAdapters, useTestStore } from '../support/test-store';
import { at, flagRow } from './support/flag-rows';
import { seedFlag } from './support/seed';

describe.each(storeAdapters)('flag history and audit card on %s', (adapter) => {
  const t = useTestStore(adapter);

  it('merges actions and audit entries in time order, in UK time, without post text', async () => {
    const { store } = t();
    const flag = await seedFlag(store, { createdAt: '2026-07-01T09:00:00Z', types: ['phone', 'email'], channelName: 'Ops *bold*' });
    await store.postContent.put(flag.id, { text: 'SECRET POST TEXT 07700 900123' });
    await store.flagActions.append({ flagId: flag.id, action: 'flagged', at: new Date('2026-07-01T09:00:00Z') });
    await store.flagActions.append({ flagId: flag.id, action: 'confirmed', actorId: 'mod-1', actorName: 'Mo Derator', reason: 'Phone number of a colleague', at: new Date('2026-07-01T10:30:00Z') });
    await store.audit.append({ actorId: 'mod-1', actorName: 'Mo Derator', action: 'flag.confirm', target: flag.id, reason: 'Phone number of a colleague', at: new Date('2026-07-01T10:30:00Z') });
    await store.audit.append({ actorId: 'psd-1', actorName: 'Pat [PSD]', action: 'audit.view', target: flag.id, at: new Date('2026-12-01T09:00:00Z') });
    await store.flagActions.append({ flagId: flag.id, action: 'escalated', actorId: 'mod-2', actorName: null, reason: 'Repeat', at: new Date('2026-07-02T08:00:00Z') });
    await store.audit.append({ actorId: 'x', action: 'flag.confirm', target: 'F-OTHER', at: new Date('2026-07-01T11:00:00Z') });

    const history = await loadFlagHistory(store, flag.id);
    expect(history?.entries.map((e) => `${e.source}:${e.what}`)).toEqual([
      'action:flagged', 'action:confirmed', 'audit:flag.confirm', 'action:escalated', 'audit:audit.view',
    ]);

    const card = auditCard(history!);
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).not.toContain('SECRET');
    expect(json).not.toContain('900123');
    const factSet = card.body.find((e) => e.type === 'FactSet') as { facts: Array<{ title: string; value: string }> };
    // Markdown characters are escaped so a masked value cannot turn into bold text.
    expect(factSet.facts.find((f) => f.title === 'Masked values')?.value).toBe('07\\*\\*\\* \\*\\*\\*123, a\\*\\*\\*@b.uk');
    expect(factSet.facts.find((f) => f.title === 'Raised')?.value).toBe('2026-07-01 10:00 BST (automatic scan)');
    expect(json).toContain('**2026-07-01 11:30 BST** · Confirmed · by Mo Derator');
    expect(json).toContain('Why: Phone number of a colleague');
    expect(json).toContain('**2026-07-02 09:00 BST** · Escalated to PSD · by mod-2');
    expect(json).toContain('**2026-12-01 09:00 GMT** · Audit: audit.view · by Pat \\\\[PSD\\\\]');
    expect(json).toContain('Ops \\\\*bold\\\\*');
    expect(card.body.filter((e) => e.type === 'Container')).toHaveLength(5);
  });

  it('returns undefined for an unknown flag', async () => {
    expect(await loadFlagHistory(t().store, 'F-NOPE0000')).toBeUndefined();
  });
});

describe('auditCard limits', () => {
  it('shows the newest entries of a long history and says how many are hidden', () => {
    const flag = flagRow({ id: 'F-LONG', createdAt: at('2026-07-01T09:00:00Z') });
    const entries = Array.from({ length: AUDIT_CARD_MAX_ENTRIES + 5 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 6, 1, 10, i)), source: 'action' as const, what: 'viewed', actorId: `m${i}`, actorName: null, reason: null,
    }));
    const card = auditCard({ flag, entries });
    expectValidAdaptiveCard(card);
    expect(card.body.filter((e) => e.type === 'Container')).toHaveLength(AUDIT_CARD_MAX_ENTRIES);
    const json = JSON.stringify(card);
    expect(json).toContain('5 earlier entries are not shown');
    expect(json).not.toContain('by m4 ');
    expect(json).toContain('by m5');
  });
});
