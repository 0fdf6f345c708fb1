import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import type { AdaptiveCard } from '../../cards/card-kit';
import type { Logger } from '../../ports/logger';
import type { Actor, TurnPlace } from '../turn-info';
import type { CardAction, CardActionVerb } from './card-action-schema';

/** What an action handler answers: a replacement card, a message, or a refusal. */
export type CardActionResult =
  | { kind: 'card'; card: AdaptiveCard }
  | { kind: 'message'; text: string }
  | { kind: 'error'; status: 400 | 403 | 404 | 409; text: string };

export interface CardActionContext<A extends CardAction = CardAction> {
  context: TurnContext;
  services: BotServices;
  action: A;
  trigger: 'manual' | 'automatic';
  actor: Actor;
  place: TurnPlace;
  logger: Logger;
}

export type CardActionHandler<V extends CardActionVerb> = (ctx: CardActionContext<Extract<CardAction, { verb: V }>>) => Promise<CardActionResult>;
export type CardActionHandlers = { [V in CardActionVerb]: CardActionHandler<V> };
