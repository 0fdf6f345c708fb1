import type { TurnContext } from 'botbuilder';

/** The file consent card flow (exports in 1:1 chat): accept uploads the file, decline says so. */
export interface FileConsentHandlers {
  accept(context: TurnContext, response: unknown): Promise<void>;
  decline(context: TurnContext, response: unknown): Promise<void>;
}
