import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { envSchema, type Env } from './env-schema';
import { ConfigError } from '../errors/app-error';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Local anonymous mode: no app id, so the adapter accepts unauthenticated requests (Agents Playground). */
  readonly anonymous: boolean;
  readonly bot: { readonly appId?: string; readonly appPassword?: string; readonly tenantId?: string; readonly type: Env['BOT_TYPE'] };
  readonly dataDir: string;
  /** Derived language data (word-vector table, clause vectors): CACHE_DIR, default <DATA_DIR>/cache. */
  readonly cacheDir: string;
  /** SENTENCE_ENCODER=on|off: consult the Universal Sentence Encoder lite before refusing a question (default on). */
  readonly sentenceEncoder: boolean;
  readonly databaseUrl?: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly policyFiles: readonly string[];
  readonly maxBodyBytes: number;
  readonly bootstrapRoles: { readonly admin: readonly string[]; readonly moderator: readonly string[]; readonly psd: readonly string[] };
  readonly detection: { readonly allowedEmailDomains: readonly string[]; readonly minConfidence?: number; readonly configFile?: string };
  readonly retentionDays: number;
  readonly reportSchedule: string;
  readonly reportTimeZone: 'Europe/London';
  readonly publicBaseUrl: string;
  readonly downloadLinkSecret: string;
  readonly downloadLinkTtlMinutes: number;
  readonly outboxPollMs: number;
  /** How long settings and the watched-channel list may be served from memory (another instance's change shows within this). */
  readonly settingsCacheMs: number;
  /** Names this instance in outbox leases and job runs; stable across restarts so a restarted instance resumes its conversations at once. */
  readonly instanceId: string;
  /** Dip-sampling HMAC key; unset = the random key stored in the database (shared by every instance on it). */
  readonly samplingKey?: string;
  /** Cron (Europe/London) of the daily roster check: external members in watched teams, leavers among role holders. */
  readonly membershipCheckSchedule: string;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Parses the environment once, at start. Callers pass the env object in (process.env in main.ts,
 * a literal in tests) so nothing deeper in the code reads process.env.
 * Throws ConfigError naming every bad variable.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return deepFreeze({
    port: e.PORT,
    host: e.HOST,
    anonymous: !e.BOT_ID,
    bot: { appId: e.BOT_ID, appPassword: e.BOT_PASSWORD, tenantId: e.BOT_TENANT_ID, type: e.BOT_TYPE },
    dataDir: path.resolve(e.DATA_DIR),
    cacheDir: path.resolve(e.CACHE_DIR ?? path.join(e.DATA_DIR, 'cache')),
    sentenceEncoder: e.SENTENCE_ENCODER === 'on',
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    policyFiles: e.POLICY_FILES.map((file) => path.resolve(file)),
    maxBodyBytes: e.MAX_BODY_BYTES,
    bootstrapRoles: { admin: e.ADMIN_IDS, moderator: e.MODERATOR_IDS, psd: e.PSD_IDS },
    detection: { allowedEmailDomains: e.ALLOWED_EMAIL_DOMAINS, minConfidence: e.DETECTION_MIN_CONFIDENCE, configFile: e.DETECTION_CONFIG_FILE },
    retentionDays: e.RETENTION_DAYS,
    reportSchedule: e.REPORT_SCHEDULE,
    reportTimeZone: 'Europe/London' as const,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    // A per-process secret is fine for one local instance; several instances must share DOWNLOAD_LINK_SECRET.
    downloadLinkSecret: e.DOWNLOAD_LINK_SECRET ?? randomBytes(32).toString('hex'),
    downloadLinkTtlMinutes: e.DOWNLOAD_LINK_TTL_MINUTES,
    outboxPollMs: e.OUTBOX_POLL_MS,
    settingsCacheMs: e.SETTINGS_CACHE_MS,
    instanceId: e.INSTANCE_ID ?? hostname(),
    samplingKey: e.SAMPLING_KEY,
    membershipCheckSchedule: e.MEMBERSHIP_CHECK_SCHEDULE,
  });
}
