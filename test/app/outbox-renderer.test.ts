/**
 * The composition root's outbox renderer, on a real store: every message kind becomes a valid
 * Adaptive Card 1.5 (or a plain message) from the state stored at rendering time, and a message
 * whose subject is gone is a skip with a reason, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { createOutboxRenderer } from '../../src/app/outbox-renderer';
import type { Finding } from '../../src/moderation/flag';
import type { ModerationDeps } from '../../src/moderation/moderation-deps';
import type { OutboxMessage, RenderedMessage } from '../../src/ports/outbox-message';
import type { Citation } from '../../src/policy';
import { FakeClock } from '../delivery/fake-time';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { storeAdapters, useTestStore } from '../support/test-store';

const finding: Finding = { type: 'phone', maskedValue: '07*** ***123', severity: 'high', confidence: 0.9, rule: 'uk-mobile' };
const clause: Citation = { clauseId: '5.2', section: '5', sectionTitle: 'Personal information', text: 'Do not share personal information.' };
const ownerRef = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: '', channelId: 'msteams', userId: '29:owner' };

type Card = { type: string; version: string; body: unknown[] };
function cardIn(rendered: RenderedMessage): Card {
  if (!('activity' in rendered)) throw new Error(`expected a card, got skip: ${rendered.skip}`);
  const card = (rendered.activity.attachments as Array<{ content: Card }>)[0]!.content;
  expectValidAdaptiveCard(card);
  return card;
}

describe.each(storeAdapters)('outbox renderer (%s)', (adapter) => {
  const clock = new FakeClock('2026-11-20T12:00:00Z');
  const t = useTestStore(adapter, { clock });
  const renderWith = () => {
    const deps: ModerationDeps = { store: t().store, clock, clausesFor: () => [clause], maskText: (text) => text.replace(/\d/g, '•') };
    return createOutboxRenderer({ moderation: deps });
  };

  it('renders every flag message from the flag as it is now', async () => {
    const { store } = t();
    const { flag } = await store.flags.create({ source: 'scan', conversationId: 'c1', messageId: 'm1', channelId: 'ch1', channelName: 'General', teamId: 'team1', posterId: 'u1', posterName: 'Pat', findings: [finding] });
    await store.postContent.put(flag.id, { text: 'ring 07700 900123', fileNames: [] });
    const render = renderWith();
    const moderators = JSON.stringify(cardIn(await render({ kind: 'flag_card', flagId: flag.id })));
    expect(moderators).toContain(flag.id);
    expect(moderators).toContain('Open: waiting for a moderator');
    expect(moderators).not.toContain('07700 900123'); // masked for moderators
    cardIn(await render({ kind: 'poster_notice', flagId: flag.id }));
    expect(JSON.stringify(cardIn(await render({ kind: 'psd_escalation', flagId: flag.id })))).toContain('07700 900123'); // PSD's copy only
    expect(JSON.stringify(cardIn(await render({ kind: 'appeal', flagId: flag.id, moderatorsChannelId: '19:mods' })))).toContain(flag.id);

    // The next rendering shows the next state: nothing about the card was fixed when it was queued.
    await store.flags.transition(flag.id, flag.version, { state: 'dismissed', dismissReason: 'False positive', lastActorName: 'Mo' });
    expect(JSON.stringify(cardIn(await render({ kind: 'flag_card', flagId: flag.id })))).toContain('Dismissed');
  });

  it('renders samples, alerts, notes, nudges, reports and replies', async () => {
    const { store } = t();
    const render = renderWith();
    const sample = await store.dipSamples.record({ conversationId: 'c2', messageId: 'm2', channelId: 'ch1', teamId: 'team1', posterId: 'u2', text: 'Canteen closed today' }, { max: 10, since: new Date(0) });
    expect(JSON.stringify(cardIn(await render({ kind: 'dip_sample', sampleId: sample!.id })))).toContain('Canteen closed today');
    const alert = await store.externalMembers.record({ teamId: 'team1', teamName: 'Force Network', memberKey: 'guest-1', memberName: 'Guest Person', memberDomain: 'council.gov.uk', reason: 'guest', source: 'member_added', addedByName: 'Owner', ownerRef });
    expect(JSON.stringify(cardIn(await render({ kind: 'external_member', alertId: alert!.id })))).toContain('Guest Person');
    expect(JSON.stringify(cardIn(await render({ kind: 'owner_note', alertId: alert!.id })))).toContain('council.gov.uk');
    expect(JSON.stringify(cardIn(await render({ kind: 'leaver_roles_removed', name: 'Lee Leaver', roles: ['moderator'] })))).toContain('Lee Leaver');
    expect(JSON.stringify(cardIn(await render({ kind: 'operational_nudge', channelName: 'General', guidance: 'Use the incident channel.', moderatorsTold: false })))).toContain('Use the incident channel.');
    const report = cardIn(await render({ kind: 'report', from: '2026-11-13T00:00:00.000Z', to: '2026-11-20T00:00:00.000Z', label: 'last 7 days' }));
    expect(JSON.stringify(report)).toContain('PSD report: last 7 days');
    expect(await render({ kind: 'reply', text: 'Done.' })).toEqual({ activity: { type: 'message', text: 'Done.' } });
  });

  it('a message about something that no longer exists, or whose content was purged, is a skip with the reason', async () => {
    const render = renderWith();
    const gone: OutboxMessage[] = [
      { kind: 'flag_card', flagId: 'F-GONE0000' },
      { kind: 'psd_escalation', flagId: 'F-GONE0000' },
      { kind: 'dip_sample', sampleId: 'S-GONE0000' },
      { kind: 'external_member', alertId: 'X-GONE0000' },
      { kind: 'owner_note', alertId: 'X-GONE0000' },
    ];
    for (const message of gone) expect(await render(message)).toEqual({ skip: expect.stringMatching(/GONE0000 no longer exists; nothing to send$/) });
    const purged = { kind: 'flag_card', purged: true } as unknown as OutboxMessage;
    expect(await render(purged)).toEqual({ skip: "the flag_card message's content was purged by retention" });
  });
});
