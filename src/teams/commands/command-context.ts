import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../ports/logger';
import type { InboundActivity } from '../activity-schema';
import type { Command } from '../parse-command';
import type { Actor, TurnPlace } from '../turn-info';

/**
 * What a command handler gets. `D` is the handler's own dependency list (declared beside it);
 * commands/index.ts joins them into `CommandDeps`, which src/app builds.
 */
export interface CommandContext<C extends Command = Command, D = unknown> {
  /** The zod-parsed activity (activity-schema.ts). */
  activity: InboundActivity;
  /** botbuilder's context: only for replies and Teams API calls. */
  context: TurnContext;
  deps: D;
  command: C;
  actor: Actor;
  place: TurnPlace;
  logger: Logger;
}

export type CommandHandler<K extends Command['kind'], D> = (ctx: CommandContext<Extract<Command, { kind: K }>, D>) => Promise<void>;
export type CommandHandlers<D> = { [K in Command['kind']]: CommandHandler<K, D> };
