import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/card-kit';
import { cutGraphemes } from '../text/safe-text';

/** Replies with a card in the current conversation. */
export async function replyWithCard(context: TurnContext, card: AdaptiveCard): Promise<string | undefined> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (typeof card.fallbackText === 'string') activity.summary = cutGraphemes(card.fallbackText, 200);
  const sent = await context.sendActivity(activity);
  return sent?.id;
}

/** The invoke response for an Action.Execute: the card that replaces the one the user pressed. */
export async function respondWithCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
}

const ERROR_CODES: Record<number, string> = { 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 500: 'InternalServerError', 503: 'ServiceUnavailable' };

/**
 * The invoke response for an Action.Execute that only shows a message (nothing is replaced).
 * Errors use the Universal Actions error shape, which Teams shows to the person who pressed.
 */
export async function respondWithMessage(context: TurnContext, message: string, statusCode = 200): Promise<void> {
  const body =
    statusCode === 200
      ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message }
      : { statusCode, type: 'application/vnd.microsoft.error', value: { code: ERROR_CODES[statusCode] ?? 'BadRequest', message } };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}
