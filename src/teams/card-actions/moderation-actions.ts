import { flagViewCard } from '../../cards/flag-view-card';
import { FlagDecisions, type DecisionResult } from '../../moderation/flag-decisions';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';

function toResult(result: DecisionResult): CardActionResult {
  if (result.ok) return { kind: 'card', card: flagViewCard(result.view) };
  if ('view' in result && result.view) return { kind: 'card', card: flagViewCard(result.view) };
  if (result.reason === 'forbidden') return { kind: 'error', status: 403, text: result.message };
  if (result.reason === 'not_found') return { kind: 'error', status: 404, text: result.message };
  if (result.reason === 'already_resolved') return { kind: 'error', status: 409, text: result.message };
  return { kind: 'error', status: 400, text: result.message };
}

const decisions = (ctx: CardActionContext) => new FlagDecisions(ctx.services.moderationDeps);

async function afterDecision(ctx: CardActionContext, result: DecisionResult): Promise<CardActionResult> {
  if (result.ok) ctx.services.kickDispatcher();
  ctx.logger.info({ verb: ctx.action.verb, ok: result.ok, reason: result.ok ? undefined : result.reason }, 'flag decision');
  return toResult(result);
}

export const refreshFlag: CardActionHandler<'flag.refresh'> = async (ctx) =>
  toResult(await decisions(ctx).refresh(await moderationActorOf(ctx), ctx.action.flagId, ctx.actor.id));

export const dismissFlag: CardActionHandler<'flag.dismiss'> = async (ctx) => {
  const input = { category: ctx.action.dismissReason || undefined, text: ctx.action.dismissReasonText?.trim() || undefined };
  return afterDecision(ctx, await decisions(ctx).dismiss(await moderationActorOf(ctx), ctx.action.flagId, input));
};

export const confirmFlag: CardActionHandler<'flag.confirm'> = async (ctx) => afterDecision(ctx, await decisions(ctx).confirm(await moderationActorOf(ctx), ctx.action.flagId));

export const escalateFlag: CardActionHandler<'flag.escalate'> = async (ctx) =>
  afterDecision(ctx, await decisions(ctx).escalate(await moderationActorOf(ctx), ctx.action.flagId, ctx.action.escalationReason));

export const noteFlag: CardActionHandler<'flag.note'> = async (ctx) => afterDecision(ctx, await decisions(ctx).addNote(await moderationActorOf(ctx), ctx.action.flagId, ctx.action.note));

export const posterFixed: CardActionHandler<'poster.fixed'> = async (ctx) => afterDecision(ctx, await decisions(ctx).posterFixed(await moderationActorOf(ctx), ctx.action.flagId));

export const posterAppeal: CardActionHandler<'poster.appeal'> = async (ctx) =>
  afterDecision(ctx, await decisions(ctx).posterAppeal(await moderationActorOf(ctx), ctx.action.flagId, ctx.action.appealReason));
