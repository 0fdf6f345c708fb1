import { flagViewCard } from '../../cards/flag-view-card';
import { FlagDecisions, type DecisionResult } from '../../moderation/flag-decisions';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';
import type { CardAction } from './card-action-schema';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { KickDispatcher, RoleLookup } from '../route-deps';

/** What the flag card buttons (moderators' decisions, the poster's "fixed" and "appeal") use. */
export interface ModerationActionDeps extends RoleLookup {
  readonly moderationDeps: ModerationDeps;
  readonly kickDispatcher: KickDispatcher;
}

function toResult(result: DecisionResult): CardActionResult {
  if (result.ok) return { kind: 'card', card: flagViewCard(result.view) };
  if ('view' in result && result.view) return { kind: 'card', card: flagViewCard(result.view) };
  if (result.reason === 'forbidden') return { kind: 'error', status: 403, text: result.message };
  if (result.reason === 'not_found') return { kind: 'error', status: 404, text: result.message };
  if (result.reason === 'already_resolved') return { kind: 'error', status: 409, text: result.message };
  return { kind: 'error', status: 400, text: result.message };
}

const decisions = (ctx: CardActionContext<CardAction, ModerationActionDeps>) => new FlagDecisions(ctx.deps.moderationDeps);

async function afterDecision(ctx: CardActionContext<CardAction, ModerationActionDeps>, result: DecisionResult): Promise<CardActionResult> {
  if (result.ok) ctx.deps.kickDispatcher();
  ctx.logger.info({ verb: ctx.action.verb, ok: result.ok, reason: result.ok ? undefined : result.reason }, 'flag decision');
  return toResult(result);
}

export const refreshFlag: CardActionHandler<'flag.refresh', ModerationActionDeps> = async (ctx) =>
  toResult(await decisions(ctx).refresh(await moderationActorOf(ctx), ctx.action.flagId, ctx.actor.id));

export const dismissFlag: CardActionHandler<'flag.dismiss', ModerationActionDeps> = async (ctx) => {
  const input = { category: ctx.action.dismissReason || undefined, text: ctx.action.dismissReasonText?.trim() || undefined };
  return afterDecision(ctx, await decisions(ctx).dismiss(await moderationActorOf(ctx), ctx.action.flagId, input));
};

export const confirmFlag: CardActionHandler<'flag.confirm', ModerationActionDeps> = async (ctx) => afterDecision(ctx, await decisions(ctx).confirm(await moderationActorOf(ctx), ctx.action.flagId));

export const escalateFlag: CardActionHandler<'flag.escalate', ModerationActionDeps> = async (ctx) =>
  afterDecision(ctx, await decisions(ctx).escalate(await moderationActorOf(ctx), ctx.action.flagId, ctx.action.escalationReason));

export const noteFlag: CardActionHandler<'flag.note', ModerationActionDeps> = async (ctx) => afterDecision(ctx, await decisions(ctx).addNote(await moderationActorOf(ctx), ctx.action.flagId, ctx.action.note));

export const posterFixed: CardActionHandler<'poster.fixed', ModerationActionDeps> = async (ctx) => afterDecision(ctx, await decisions(ctx).posterFixed(await moderationActorOf(ctx), ctx.action.flagId));

export const posterAppeal: CardActionHandler<'poster.appeal', ModerationActionDeps> = async (ctx) =>
  afterDecision(ctx, await decisions(ctx).posterAppeal(await moderationActorOf(ctx), ctx.action.flagId, ctx.action.appealReason));
