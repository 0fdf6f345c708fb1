/**
 * Bearer tokens for the Bot Framework connector. Production uses botbuilder's credential
 * factory (it caches and refreshes tokens); local anonymous mode (no app id: Teams Toolkit
 * playground, emulator) sends no Authorization header.
 */
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';

export interface TokenProvider {
  /** undefined = send no Authorization header. `forceRefresh` after a 401. */
  getToken(serviceUrl: string, opts?: { forceRefresh?: boolean }): Promise<string | undefined>;
}

export const anonymousTokenProvider: TokenProvider = { getToken: async () => undefined };

export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /** 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' (as in the Teams Toolkit env files). */
  botType?: string;
}

/** Bot Framework public-cloud values (AuthenticationConstants in botframework-connector). */
const TO_CHANNEL_OAUTH_SCOPE = 'https://api.botframework.com';
const LOGIN_PREFIX = 'https://login.microsoftonline.com/';

interface TokenSource {
  getToken(forceRefresh?: boolean): Promise<string>;
}

export function createBotFrameworkTokenProvider(creds: BotCredentials): TokenProvider {
  if (!creds.appId) return anonymousTokenProvider;
  const botType = creds.botType ?? 'MultiTenant';
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: creds.appId,
    MicrosoftAppPassword: creds.appPassword,
    MicrosoftAppType: botType,
    MicrosoftAppTenantId: creds.tenantId,
  });
  // Single-tenant bots get tokens from their own tenant; multi-tenant from botframework.com.
  const tenant = botType.toLowerCase() === 'singletenant' && creds.tenantId ? creds.tenantId : 'botframework.com';
  let source: Promise<TokenSource> | undefined;
  return {
    async getToken(_serviceUrl, opts) {
      source ??= factory
        .createCredentials(creds.appId!, TO_CHANNEL_OAUTH_SCOPE, `${LOGIN_PREFIX}${tenant}`, true)
        .then((c) => c as unknown as TokenSource);
      try {
        return await (await source).getToken(opts?.forceRefresh);
      } catch (e) {
        source = undefined; // do not cache a failed credential object
        throw e;
      }
    },
  };
}
