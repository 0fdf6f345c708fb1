import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from '../moderation/channel-settings';
import type { ModerationDeps } from '../moderation/moderation-deps';
import type { ConversationRef } from '../ports/messenger';
import { conversationKeyOf } from '../ports/messenger';
import type { ExternalMemberAlert, ExternalMemberSource } from '../ports/member-checks';
import type { Repositories } from '../ports/store';
import type { RosterMember } from '../ports/team-roster';
import { externalReason, isPartnerDomain, memberDomain } from './external-member';
import { partnerDomains } from './partner-domains';

/** The clause external-member alerts cite (mapped in the policy's clauses file). */
export const EXTERNAL_MEMBER_FINDING = 'external_member';

export interface MemberSighting {
  team: { teamId: string; teamName: string | null };
  member: RosterMember;
  source: ExternalMemberSource;
  /** The person who added them (membersAdded only): shown on the card, and the owner to raise it with. */
  addedBy?: { name: string | null; ref: ConversationRef };
  /** The bot's own tenant: a member from any other tenant is external. */
  tenantId?: string;
}

export type SightingOutcome = 'internal' | 'partner_domain' | 'partner_team' | 'no_moderators_channel' | 'already_alerted' | 'alerted';

export const clauseForExternalMembers = (deps: Pick<ModerationDeps, 'clausesFor'>) => deps.clausesFor(EXTERNAL_MEMBER_FINDING, 'channel_post')[0];

/**
 * Decides whether one team member needs the moderators' attention and, if so, records the alert
 * and queues its card in one transaction. An alert is raised once per member per team, whichever
 * way they were found (added, bot installed, daily sweep), so a redelivery or the next sweep sends
 * nothing more. Without a moderators' channel nothing is recorded: the next sweep finds them again.
 */
export async function considerMember(deps: ModerationDeps, sighting: MemberSighting): Promise<{ outcome: SightingOutcome; alert?: ExternalMemberAlert; cardConversation?: string }> {
  const reason = externalReason(sighting.member, sighting.tenantId);
  if (!reason) return { outcome: 'internal' };
  const domain = memberDomain(sighting.member);
  if (isPartnerDomain(domain, await partnerDomains(deps.store))) return { outcome: 'partner_domain' };
  if (await deps.store.externalMembers.isTeamAllowed(sighting.team.teamId)) return { outcome: 'partner_team' };
  const moderators = await deps.store.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
  if (!moderators) return { outcome: 'no_moderators_channel' };
  const alert = await deps.store.transaction(async (tx) => {
    const recorded = await tx.externalMembers.record({
      teamId: sighting.team.teamId, teamName: sighting.team.teamName, memberKey: (sighting.member.aadObjectId ?? sighting.member.id).toLowerCase(),
      memberName: sighting.member.name ?? null, memberDomain: domain, reason, source: sighting.source,
      addedByName: sighting.addedBy?.name ?? null, ownerRef: sighting.addedBy?.ref ?? null, detectedAt: deps.clock.now(),
    });
    if (!recorded) return undefined;
    const { item } = await tx.outbox.enqueue({ conversationRef: moderators.conversationRef, message: { kind: 'external_member', alertId: recorded.id }, purpose: 'membership_card', dedupeKey: `external-member-card:${recorded.id}` });
    await tx.externalMembers.setCardOutboxId(recorded.id, item.id);
    await tx.audit.append({ actorId: 'system', actorName: 'Policy bot', action: 'member.external_alert', target: recorded.id, details: { teamId: recorded.teamId, reason, source: sighting.source }, at: deps.clock.now() });
    return { ...recorded, cardOutboxId: item.id };
  });
  if (!alert) return { outcome: 'already_alerted' };
  return { outcome: 'alerted', alert, cardConversation: conversationKeyOf(moderators.conversationRef) };
}

/** Queues the current card (rendered when it goes out) over the one the moderators already have, so everyone sees the outcome. */
export async function enqueueExternalMemberCardUpdate(tx: Repositories, alert: ExternalMemberAlert): Promise<void> {
  if (!alert.cardOutboxId) return;
  const send = await tx.outbox.get(alert.cardOutboxId);
  if (!send) return;
  await tx.outbox.enqueue({ conversationRef: send.conversationRef, kind: 'update', updateOf: send.id, message: { kind: 'external_member', alertId: alert.id }, purpose: 'card_update' });
}
