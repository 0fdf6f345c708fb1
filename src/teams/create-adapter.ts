import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config/load-config';

/**
 * Bot Framework authentication lives here and only here. With no app id the adapter runs in local
 * anonymous mode (what the Agents Playground needs); with one, every request must carry a valid
 * Bot Framework JWT, checked by botbuilder against the OpenID metadata and signing keys.
 */
export function createTeamsAdapter(config: Config): TeamsAdapter {
  if (config.anonymous) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppTenantId: config.bot.tenantId,
    MicrosoftAppType: config.bot.type,
  });
}
