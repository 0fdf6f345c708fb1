import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import type { Logger } from '../../ports/logger';
import type { Command } from '../parse-command';
import type { Actor, TurnPlace } from '../turn-info';

export interface CommandContext<C extends Command = Command> {
  context: TurnContext;
  services: BotServices;
  command: C;
  actor: Actor;
  place: TurnPlace;
  logger: Logger;
}

export type CommandHandler<K extends Command['kind']> = (ctx: CommandContext<Extract<Command, { kind: K }>>) => Promise<void>;
export type CommandHandlers = { [K in Command['kind']]: CommandHandler<K> };
