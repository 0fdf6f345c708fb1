/**
 * Admins switching different detectors off at the same moment, through the real store (two bot
 * instances on PostgreSQL). The toggles are one setting, changed read-then-write: without
 * settings.getForUpdate a concurrent change overwrote the others on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { AdminUseCases } from '../../src/moderation/admin-use-cases';
import { DETECTOR_SETTINGS_KEY } from '../../src/moderation/channel-settings';
import type { ModerationActor } from '../../src/moderation/actor';
import type { Store } from '../../src/ports/store';
import { FakeClock } from '../delivery/fake-time';
import { storageContractAdapters, useTestStore } from '../support/test-store';

const admin: ModerationActor = { id: 'admin-1', name: 'Admin One', roles: new Set(['admin']) };
const TYPES = ['email', 'phone', 'postcode', 'address', 'nino', 'nhs_number', 'bank_account', 'iban', 'payment_card', 'passport', 'driving_licence', 'ip_address'];

describe.each(storageContractAdapters)('detector toggles changed at once (%s)', (adapter) => {
  const clock = new FakeClock('2026-03-01T12:00:00Z');
  const t = useTestStore(adapter, { clock });

  it('keeps every toggle when admins change different detectors concurrently', async () => {
    const ctx = t();
    const stores: Store[] = adapter === 'postgres' ? [ctx.store, await ctx.openSecond()] : [ctx.store];
    const results = await Promise.all(TYPES.map((type, i) => new AdminUseCases(stores[i % stores.length]!, clock).setDetector(admin, type, false)));
    expect(results.every((r) => r.ok)).toBe(true);
    const toggles = await ctx.store.settings.get<Record<string, boolean>>(DETECTOR_SETTINGS_KEY);
    expect(Object.keys(toggles ?? {}).sort()).toEqual([...TYPES].sort());
  });
});
