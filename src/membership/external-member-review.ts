import { forbidden, type ModerationActor, type Refusal } from '../moderation/actor';
import type { ModerationDeps } from '../moderation/moderation-deps';
import type { ExternalMemberAlert } from '../ports/member-checks';
import type { Repositories } from '../ports/store';
import { enqueueExternalMemberCardUpdate } from './external-member-alerts';

export type MemberReviewResult =
  | { ok: true; alert: ExternalMemberAlert }
  | Refusal
  | { ok: false; reason: 'already_decided'; message: string; alert: ExternalMemberAlert };

const MODERATORS_ONLY = 'Sorry, only moderators can act on external-member alerts. I have noted the attempt.';

/**
 * A moderator's decision on an external-member alert, once per alert: "Expected (partner team)"
 * records the reason and allow-lists the team, so its external members no longer alert;
 * "Raise with the team owner" sends the person who added the member a private note quoting the clause.
 */
export class ExternalMemberReview {
  constructor(private readonly deps: ModerationDeps) {}

  async expected(actor: ModerationActor, alertId: string, reason: string): Promise<MemberReviewResult> {
    if (!reason.trim()) return { ok: false, reason: 'invalid', message: 'Please say why this team is expected to have external members.' };
    return this.decide(actor, alertId, 'member.expected', async (tx, alert, now) => {
      await tx.externalMembers.allowTeam({ teamId: alert.teamId, teamName: alert.teamName, reason: reason.trim(), allowedBy: actor.id, allowedByName: actor.name, allowedAt: now });
      return { state: 'expected' as const, reason: reason.trim() };
    });
  }

  async raise(actor: ModerationActor, alertId: string): Promise<MemberReviewResult> {
    return this.decide(actor, alertId, 'member.raise', async (tx, alert) => {
      if (!alert.ownerRef) return { ok: false as const, reason: 'invalid' as const, message: 'The bot does not know who added this member; please contact the team owner directly.' };
      await tx.outbox.enqueue({ conversationRef: alert.ownerRef, message: { kind: 'owner_note', alertId: alert.id }, purpose: 'owner_note', dedupeKey: `owner-note:${alert.id}` });
      return { state: 'raised' as const };
    });
  }

  private async decide(
    actor: ModerationActor,
    alertId: string,
    action: 'member.expected' | 'member.raise',
    apply: (tx: Repositories, alert: ExternalMemberAlert, now: Date) => Promise<{ state: 'expected' | 'raised'; reason?: string } | Refusal>,
  ): Promise<MemberReviewResult> {
    const { store, clock } = this.deps;
    if (!actor.roles.has('moderator')) {
      await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'member.refused', target: alertId, reason: 'not a moderator', details: { attempted: action }, at: clock.now() });
      return forbidden(MODERATORS_ONLY);
    }
    return store.transaction(async (tx) => {
      const now = clock.now();
      const alert = await tx.externalMembers.get(alertId);
      if (!alert) return { ok: false as const, reason: 'not_found' as const, message: "I couldn't find that alert." };
      if (alert.state !== 'open') return { ok: false as const, reason: 'already_decided' as const, message: `${alert.decidedByName ?? 'Another moderator'} already dealt with this alert.`, alert };
      const outcome = await apply(tx, alert, now);
      if ('ok' in outcome) return outcome;
      // The conditional update is the lock: a concurrent decision makes this transaction roll back.
      if (!(await tx.externalMembers.decide(alertId, { state: outcome.state, by: actor.id, byName: actor.name, reason: outcome.reason ?? null, at: now }))) {
        throw new Error('external-member alert decided concurrently; the action will be retried');
      }
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action, target: alertId, reason: outcome.reason ?? null, details: { teamId: alert.teamId }, at: now });
      const decided: ExternalMemberAlert = { ...alert, state: outcome.state, decidedAt: now, decidedBy: actor.id, decidedByName: actor.name, decisionReason: outcome.reason ?? null };
      await enqueueExternalMemberCardUpdate(tx, decided);
      return { ok: true as const, alert: decided };
    });
  }
}
