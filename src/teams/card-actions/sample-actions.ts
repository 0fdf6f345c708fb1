import { dipSampleCard } from '../../cards/dip-sample-card';
import { DipSampleReview, type SampleReviewResult } from '../../moderation/dip-sample-review';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';
import type { CardAction } from './card-action-schema';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { KickDispatcher, RoleLookup } from '../route-deps';

/** What the dip sample card buttons use. */
export interface SampleActionDeps extends RoleLookup {
  readonly moderationDeps: ModerationDeps;
  readonly kickDispatcher: KickDispatcher;
}

function toResult(ctx: CardActionContext<CardAction, SampleActionDeps>, result: SampleReviewResult): CardActionResult {
  ctx.logger.info({ verb: ctx.action.verb, ok: result.ok, reason: result.ok ? undefined : result.reason }, 'dip sample reviewed');
  if (result.ok) {
    ctx.deps.kickDispatcher();
    return { kind: 'card', card: dipSampleCard({ sample: result.sample }) };
  }
  if (result.reason === 'already_reviewed') return { kind: 'card', card: dipSampleCard({ sample: result.sample, banner: result.message }) };
  if (result.reason === 'forbidden') return { kind: 'error', status: 403, text: result.message };
  if (result.reason === 'not_found') return { kind: 'error', status: 404, text: result.message };
  return { kind: 'error', status: 400, text: result.message };
}

const review = (ctx: CardActionContext<CardAction, SampleActionDeps>) => new DipSampleReview(ctx.deps.moderationDeps);

export const sampleFine: CardActionHandler<'sample.fine', SampleActionDeps> = async (ctx) => toResult(ctx, await review(ctx).fine(await moderationActorOf(ctx), ctx.action.sampleId));

export const raiseFromSample: CardActionHandler<'sample.raise', SampleActionDeps> = async (ctx) =>
  toResult(ctx, await review(ctx).raise(await moderationActorOf(ctx), ctx.action.sampleId, ctx.action.flagType, ctx.action.reason));
