/**
 * The outbox's renderer: turns a queued message (kind + ids + a small payload) into the activity
 * Teams gets, at delivery, from what the store holds then. So a flag card shows the flag's state
 * and the poster's record as they are when it goes out, every moderator sees the same card, and
 * nothing edits stored card JSON. Lives in the composition root: the one place that knows both
 * the domain (what the facts are) and cards/ (how they look). Injected into the dispatcher.
 */
import { cardActivity } from '../cards/card-activity';
import { dipSampleCard } from '../cards/dip-sample-card';
import { externalMemberCard } from '../cards/external-member-card';
import { flagViewCard } from '../cards/flag-view-card';
import { leaverRolesRemovedCard, ownerNoteCard } from '../cards/membership-notice-cards';
import { operationalNudgeCard } from '../cards/operational-nudge-card';
import { reportCard } from '../cards/report-card';
import { clauseForExternalMembers } from '../membership/external-member-alerts';
import { LEAVER_FINDING } from '../membership/leavers';
import { flagViewOf } from '../moderation/flag-view-facts';
import type { ModerationDeps } from '../moderation/moderation-deps';
import type { MessageRenderer, OutboxMessage, RenderedMessage } from '../ports/outbox-message';
import type { ReportQueries } from '../ports/report-queries';
import { buildReport } from '../reports/build-report';

export interface OutboxRendererDeps {
  /** The store, clock, clauses and masking the moderation use cases get. */
  moderation: ModerationDeps;
  /** SQL aggregates for a report's figures when the store has them. */
  reportQueries?: ReportQueries;
}

const gone = (what: string): RenderedMessage => ({ skip: `${what} no longer exists; nothing to send` });

export function createOutboxRenderer(deps: OutboxRendererDeps): MessageRenderer {
  const { store, clock, clausesFor } = deps.moderation;

  async function render(message: OutboxMessage): Promise<RenderedMessage> {
    switch (message.kind) {
      case 'flag_card':
      case 'poster_notice':
      case 'psd_escalation':
      case 'appeal': {
        const view = await flagViewOf(store, deps.moderation, message);
        return view ? { activity: cardActivity(flagViewCard(view)) } : gone(`Flag ${message.flagId}`);
      }
      case 'dip_sample': {
        const sample = await store.dipSamples.get(message.sampleId);
        return sample ? { activity: cardActivity(dipSampleCard({ sample })) } : gone(`Dip sample ${message.sampleId}`);
      }
      case 'external_member': {
        const alert = await store.externalMembers.get(message.alertId);
        return alert ? { activity: cardActivity(externalMemberCard({ alert, clause: clauseForExternalMembers(deps.moderation) })) } : gone(`External-member alert ${message.alertId}`);
      }
      case 'owner_note': {
        const alert = await store.externalMembers.get(message.alertId);
        if (!alert) return gone(`External-member alert ${message.alertId}`);
        const clause = clauseForExternalMembers(deps.moderation);
        return { activity: cardActivity(ownerNoteCard({ teamName: alert.teamName, memberName: alert.memberName, memberDomain: alert.memberDomain, clause })) };
      }
      case 'leaver_roles_removed':
        return { activity: cardActivity(leaverRolesRemovedCard({ name: message.name, roles: message.roles, clause: clausesFor(LEAVER_FINDING, 'channel_post')[0] })) };
      case 'operational_nudge':
        return { activity: cardActivity(operationalNudgeCard({ channelName: message.channelName, guidance: message.guidance, moderatorsTold: message.moderatorsTold, clause: clausesFor('operational_use', 'channel_post')[0] })) };
      case 'report': {
        const period = { from: new Date(message.from), to: new Date(message.to), label: message.label };
        const report = await buildReport(store, period, clock.now(), deps.reportQueries);
        return { activity: cardActivity(reportCard(report)) };
      }
      case 'reply':
        return { activity: { type: 'message', text: message.text } };
    }
  }

  return async (message) => {
    // Retention keeps a sent or failed message's kind alone; an admin "retry" of one has nothing to show.
    if ('purged' in message) return { skip: `the ${message.kind} message's content was purged by retention` };
    return render(message);
  };
}
