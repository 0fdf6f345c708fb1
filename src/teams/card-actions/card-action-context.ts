import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/card-kit';
import type { Logger } from '../../ports/logger';
import type { InboundActivity } from '../activity-schema';
import type { Actor, TurnPlace } from '../turn-info';
import type { CardAction, CardActionVerb } from './card-action-schema';

/** What an action handler answers: a replacement card, a message, or a refusal. */
export type CardActionResult =
  | { kind: 'card'; card: AdaptiveCard }
  | { kind: 'message'; text: string }
  | { kind: 'error'; status: 400 | 403 | 404 | 409; text: string };

/**
 * What a card action handler gets. `D` is the handler's own dependency list (declared beside
 * it); card-actions/index.ts joins them into `CardActionDeps`, which src/app builds.
 */
export interface CardActionContext<A extends CardAction = CardAction, D = unknown> {
  /** The zod-parsed activity (activity-schema.ts); `action` is its value, parsed for the verb. */
  activity: InboundActivity;
  /** botbuilder's context: only for replies and Teams API calls. */
  context: TurnContext;
  deps: D;
  action: A;
  trigger: 'manual' | 'automatic';
  actor: Actor;
  place: TurnPlace;
  logger: Logger;
}

export type CardActionHandler<V extends CardActionVerb, D> = (ctx: CardActionContext<Extract<CardAction, { verb: V }>, D>) => Promise<CardActionResult>;
export type CardActionHandlers<D> = { [V in CardActionVerb]: CardActionHandler<V, D> };
