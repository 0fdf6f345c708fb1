import { externalMemberCard } from '../../cards/external-member-card';
import { settingsCard } from '../../cards/settings-card';
import { clauseForExternalMembers } from '../../membership/external-member-alerts';
import { ExternalMemberReview, type MemberReviewResult } from '../../membership/external-member-review';
import { parsePartnerChange, type changePartnerDomains } from '../../membership/partner-domains';
import type { SettingsView } from '../../cards/settings-card';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';
import type { CardAction } from './card-action-schema';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { BoundUseCase, KickDispatcher, RoleLookup } from '../route-deps';

/** What the external-member card buttons and the settings card's partner domains use. */
export interface MembershipActionDeps extends RoleLookup {
  readonly moderationDeps: ModerationDeps;
  readonly kickDispatcher: KickDispatcher;
  /** Adds or removes a partner domain (admins only, audited). */
  readonly changePartnerDomains: BoundUseCase<typeof changePartnerDomains>;
  /** What the settings card shows now. */
  readonly settingsView: () => Promise<SettingsView>;
}

function toResult(ctx: CardActionContext<CardAction, MembershipActionDeps>, result: MemberReviewResult): CardActionResult {
  ctx.logger.info({ verb: ctx.action.verb, ok: result.ok, reason: result.ok ? undefined : result.reason }, 'external-member alert decided');
  const clause = clauseForExternalMembers(ctx.deps.moderationDeps);
  if (result.ok) {
    ctx.deps.kickDispatcher();
    return { kind: 'card', card: externalMemberCard({ alert: result.alert, clause }) };
  }
  if (result.reason === 'already_decided') return { kind: 'card', card: externalMemberCard({ alert: result.alert, clause, banner: result.message }) };
  if (result.reason === 'forbidden') return { kind: 'error', status: 403, text: result.message };
  if (result.reason === 'not_found') return { kind: 'error', status: 404, text: result.message };
  return { kind: 'error', status: 400, text: result.message };
}

const review = (ctx: CardActionContext<CardAction, MembershipActionDeps>) => new ExternalMemberReview(ctx.deps.moderationDeps);

export const memberExpected: CardActionHandler<'member.expected', MembershipActionDeps> = async (ctx) => toResult(ctx, await review(ctx).expected(await moderationActorOf(ctx), ctx.action.alertId, ctx.action.reason));

export const raiseWithOwner: CardActionHandler<'member.raise', MembershipActionDeps> = async (ctx) => toResult(ctx, await review(ctx).raise(await moderationActorOf(ctx), ctx.action.alertId));

/** "Remove" next to a partner domain, or "Add domain" with the settings card's input. Admins only (checked in the use case). */
export const changePartnerFromSettings: CardActionHandler<'settings.partner', MembershipActionDeps> = async (ctx) => {
  const change = parsePartnerChange(`${ctx.action.change} ${ctx.action.domain ?? ''}`);
  if (!change || 'problem' in change) return { kind: 'error', status: 400, text: change ? change.problem : 'Type a domain to add, for example council.gov.uk.' };
  const result = await ctx.deps.changePartnerDomains(await moderationActorOf(ctx), change);
  if (!result.ok) return { kind: 'error', status: result.reason === 'forbidden' ? 403 : 400, text: result.message };
  return { kind: 'card', card: settingsCard(await ctx.deps.settingsView()) };
};
