/**
 * Two admins adding partner domains at the same moment, through the real store: on PostgreSQL with
 * two bot instances (separate pools, READ COMMITTED), and on PGlite (in process and on its worker). Every domain added must be
 * kept. Before settings.getForUpdate the read-then-write lost domains on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { changePartnerDomains, partnerDomains } from '../../src/membership/partner-domains';
import type { ModerationActor } from '../../src/moderation/actor';
import type { Store } from '../../src/ports/store';
import { FakeClock } from '../delivery/fake-time';
import { storageContractAdapters, useTestStore } from '../support/test-store';

const admin = (n: number): ModerationActor => ({ id: `admin-${n}`, name: `Admin ${n}`, roles: new Set(['admin']) });
const DOMAINS = Array.from({ length: 24 }, (_, i) => `partner${String(i).padStart(2, '0')}.gov.uk`);

describe.each(storageContractAdapters)('partner domains added at once (%s)', (adapter) => {
  const clock = new FakeClock('2026-03-01T12:00:00Z');
  const t = useTestStore(adapter, { clock });

  it('keeps every domain when admins add them concurrently, and audits each once', async () => {
    const ctx = t();
    // Two instances on PostgreSQL (each its own connection pool); PGlite is one process.
    const stores: Store[] = adapter === 'postgres' ? [ctx.store, await ctx.openSecond()] : [ctx.store];
    const results = await Promise.all(DOMAINS.map((domain, i) => changePartnerDomains(stores[i % stores.length]!, clock, admin(i % 2), { add: domain })));
    expect(results.every((r) => r.ok && r.changed)).toBe(true);
    expect(await partnerDomains(ctx.store)).toEqual(DOMAINS);
    const audited = await ctx.rawQuery(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'settings.partner_domains'`);
    expect(audited[0]!.n).toBe(DOMAINS.length);
  });

  it('keeps adds and removes made at once consistent with the audit log', async () => {
    const ctx = t();
    const stores: Store[] = adapter === 'postgres' ? [ctx.store, await ctx.openSecond()] : [ctx.store];
    for (const domain of DOMAINS.slice(0, 12)) await changePartnerDomains(ctx.store, clock, admin(0), { add: domain });
    // Remove the first twelve while adding the other twelve, interleaved across instances.
    const changes = DOMAINS.map((domain, i) => (i < 12 ? { remove: domain } : { add: domain }));
    await Promise.all(changes.map((change, i) => changePartnerDomains(stores[i % stores.length]!, clock, admin(1), change)));
    expect(await partnerDomains(ctx.store)).toEqual(DOMAINS.slice(12));
  });
});
