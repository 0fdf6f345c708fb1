import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { Config } from '../config/load-config';
import type { InboundActivity } from './activity-schema';
import { AppError } from '../errors/app-error';

/** jsonwebtoken's own errors: a bad signature, an expired or not-yet-valid token. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/** What the Bot Framework signs with (botframework-connector's AllowedSigningAlgorithms). */
const ALLOWED_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);

/**
 * The validated activity as botbuilder's type. The SDK's `Activity` interface marks wire fields
 * Teams often omits (localTimezone, callerId, label, valueType, listenFor, conversation.name) as
 * required although the SDK reads them as optional, so the one conversion of the parsed value
 * happens here, at the SDK edge; the object is the zod-parsed activity itself (unknown fields
 * passed through).
 */
function sdkActivity(inbound: InboundActivity): Activity {
  return inbound as unknown as Activity;
}

/** How one request ended, for the HTTP layer to write. `reason` is for the log, never for the caller. */
export interface TurnOutcome {
  status: number;
  body?: unknown;
  code?: 'UNAUTHENTICATED' | 'INVALID_ACTIVITY' | 'AUTH_KEYS_UNAVAILABLE' | 'STORAGE_UNAVAILABLE' | 'INTERNAL';
  reason?: string;
  error?: unknown;
}

/** The signing algorithm named in a bearer token's header, read without verifying anything. */
export function tokenAlgorithm(authHeader: string): string | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authHeader.trim())?.[1];
  const header = token?.split('.')[0];
  if (!header) return undefined;
  try {
    const alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
    return typeof alg === 'string' ? alg : undefined;
  } catch {
    return undefined;
  }
}

/**
 * botbuilder's own process() answers every failure with 500 and the error's message as the body
 * (a forged token became a 500 carrying the metadata fetch error). run() classifies instead:
 * token problems 401, an unreachable key store 503, a storage failure 503, anything else 500,
 * and the caller writes a fixed body.
 */
export class PolicyBotAdapter extends TeamsAdapter {
  constructor(
    settings: ConstructorParameters<typeof TeamsAdapter>[0],
    private readonly authenticated: boolean,
  ) {
    super(settings);
  }

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

  async run(authHeader: string, inbound: InboundActivity, logic: (context: TurnContext) => Promise<void>): Promise<TurnOutcome> {
    const activity = sdkActivity(inbound);
    if (this.authenticated) {
      // Refused before any network call: alg "none" and HMAC tokens can never be Bot Framework tokens.
      const alg = authHeader ? tokenAlgorithm(authHeader) : undefined;
      if (authHeader && (!alg || !ALLOWED_ALGORITHMS.has(alg))) return { status: 401, code: 'UNAUTHENTICATED', reason: `token algorithm ${alg ?? 'unreadable'}` };
      // The bot sends its own token to serviceUrl: only ever over https.
      if (!/^https:\/\//i.test(activity.serviceUrl ?? '')) return { status: 400, code: 'INVALID_ACTIVITY', reason: 'serviceUrl is not https' };
    }
    let logicStarted = false;
    try {
      const response = await this.processActivity(authHeader, activity, async (context) => {
        logicStarted = true;
        await logic(context);
      });
      return { status: response?.status ?? 200, body: response?.body };
    } catch (error) {
      // botframework-connector raises its metadata/key fetch failures as AuthenticationError with a 5xx status.
      const authStatus = error instanceof AuthenticationError ? Number((error as { statusCode?: unknown }).statusCode ?? 401) : undefined;
      if (authStatus !== undefined && authStatus < 500) return { status: 401, code: 'UNAUTHENTICATED', reason: 'token refused' };
      if (!logicStarted && this.authenticated) {
        // Authentication itself could not finish (OpenID metadata or signing keys unreachable).
        return { status: 503, code: 'AUTH_KEYS_UNAVAILABLE', reason: 'could not check the token', error };
      }
      if (error instanceof AppError && error.code === 'STORAGE_UNAVAILABLE') return { status: 503, code: 'STORAGE_UNAVAILABLE', reason: 'storage unavailable', error };
      return { status: 500, code: 'INTERNAL', reason: 'turn failed', error };
    }
  }
}

/**
 * Bot Framework authentication lives here and only here. With no app id the adapter runs in local
 * anonymous mode (what the Agents Playground needs); with one, every request must carry a valid
 * Bot Framework JWT, checked by botbuilder against the OpenID metadata and signing keys.
 */
export function createTeamsAdapter(config: Pick<Config, 'anonymous' | 'bot'>): PolicyBotAdapter {
  if (config.anonymous) return new PolicyBotAdapter({}, false);
  return new PolicyBotAdapter(
    {
      MicrosoftAppId: config.bot.appId,
      MicrosoftAppPassword: config.bot.appPassword,
      MicrosoftAppTenantId: config.bot.tenantId,
      MicrosoftAppType: config.bot.type,
    },
    true,
  );
}
