import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import { respondWithCard, respondWithMessage } from '../card-response';
import type { CardActionContext } from '../card-actions/card-action-context';
import { parseCardAction } from '../card-actions/card-action-schema';
import { cardActionHandlers } from '../card-actions';
import { actorOf, placeOf, turnLogger } from '../turn-info';

/** adaptiveCard/action invokes: validate the data for the verb, run its handler, answer the invoke. */
export async function handleCardAction(context: TurnContext, services: BotServices): Promise<void> {
  const logger = turnLogger(context, services.logger);
  const parsed = parseCardAction(context.activity.value);
  if (!parsed.ok) {
    logger.warn({ problem: parsed.problem }, 'card action rejected');
    await respondWithMessage(context, "Sorry, that button's data wasn't valid, so nothing was changed. Please refresh the card and try again.", 400);
    return;
  }
  const ctx: CardActionContext = { context, services, action: parsed.action, trigger: parsed.trigger, actor: actorOf(context), place: placeOf(context), logger };
  logger.info({ verb: parsed.action.verb, trigger: parsed.trigger }, 'card action received');
  const handler = cardActionHandlers[parsed.action.verb] as (ctx: CardActionContext) => ReturnType<(typeof cardActionHandlers)['policy.section']>;
  const result = await handler(ctx);
  if (result.kind === 'card') await respondWithCard(context, result.card);
  else if (result.kind === 'message') await respondWithMessage(context, result.text);
  else await respondWithMessage(context, result.text, result.status);
}
