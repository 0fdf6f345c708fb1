import { respondWithCard, respondWithMessage } from '../card-response';
import type { CardActionContext } from '../card-actions/card-action-context';
import { parseCardAction, type CardAction } from '../card-actions/card-action-schema';
import { cardActionHandlers, type CardActionDeps } from '../card-actions';
import { actorOf, placeOf, type Turn } from '../turn-info';

export type { CardActionDeps } from '../card-actions';

/** adaptiveCard/action invokes: validate the data for the verb, run its handler, answer the invoke. */
export async function handleCardAction(turn: Turn, deps: CardActionDeps): Promise<void> {
  const { activity, context, logger } = turn;
  const parsed = parseCardAction(activity.value);
  if (!parsed.ok) {
    logger.warn({ problem: parsed.problem }, 'card action rejected');
    await respondWithMessage(context, "Sorry, that button's data wasn't valid, so nothing was changed. Please refresh the card and try again.", 400);
    return;
  }
  const ctx: CardActionContext<CardAction, CardActionDeps> = { activity, context, deps, action: parsed.action, trigger: parsed.trigger, actor: actorOf(activity), place: placeOf(activity), logger };
  logger.info({ verb: parsed.action.verb, trigger: parsed.trigger }, 'card action received');
  const handler = cardActionHandlers[parsed.action.verb] as (ctx: CardActionContext<CardAction, CardActionDeps>) => ReturnType<(typeof cardActionHandlers)['policy.section']>;
  const result = await handler(ctx);
  if (result.kind === 'card') await respondWithCard(context, result.card);
  else if (result.kind === 'message') await respondWithMessage(context, result.text);
  else await respondWithMessage(context, result.text, result.status);
}
