import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { Config } from '../config/load-config';

/** jsonwebtoken's own errors: a bad signature, an expired or not-yet-valid token. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder answers 401 only for its own AuthenticationError; a token with a forged signature
 * surfaces as jsonwebtoken's JsonWebTokenError and would become a 500. This subclass maps every
 * token failure to a 401 so a forged request is refused, not treated as our fault.
 */
class PolicyBotAdapter extends TeamsAdapter {
  protected override processActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
  protected override processActivity(result: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
  protected override async processActivity(auth: string | AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    try {
      return await (typeof auth === 'string' ? super.processActivity(auth, activity, logic) : super.processActivity(auth, activity, logic));
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError('Unauthorized: invalid token', 401);
      throw error;
    }
  }
}

/**
 * Bot Framework authentication lives here and only here. With no app id the adapter runs in local
 * anonymous mode (what the Agents Playground needs); with one, every request must carry a valid
 * Bot Framework JWT, checked by botbuilder against the OpenID metadata and signing keys.
 */
export function createTeamsAdapter(config: Config): TeamsAdapter {
  if (config.anonymous) return new PolicyBotAdapter({});
  return new PolicyBotAdapter({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppTenantId: config.bot.tenantId,
    MicrosoftAppType: config.bot.type,
  });
}
