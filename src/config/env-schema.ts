import path from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';

/** A schedule croner accepts (it throws on anything else). */
function isCron(expression: string): boolean {
  try {
    new Cron(expression, { paused: true, timezone: 'Europe/London' }).stop();
    return true;
  } catch {
    return false;
  }
}

/** Where the bundled policy lives, resolved from the package root so it works from src/ (tsx) and dist/src/ (node). */
export const BUNDLED_POLICY_PATH = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'policies', 'social-media-policy.txt');

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const idList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value ?? []),
  // Entra object ids are GUIDs; the Agents Playground's fake users have a longer last group, so accept hex-and-dash ids.
  z.array(z.string().regex(/^[0-9a-f-]{8,64}$/i, { message: 'must be a comma-separated list of Entra object ids (GUIDs)' }).transform((id) => id.toLowerCase())),
);
const positiveInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));
const nonNegativeInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(fallback));

/**
 * Every environment variable the bot reads. Names follow Teams Toolkit projects (BOT_ID, BOT_PASSWORD, ...).
 * The README's configuration table documents each one; keep the two in step.
 */
export const envSchema = z
  .object({
    PORT: positiveInt(3978),
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    BOT_ID: optionalString,
    BOT_PASSWORD: optionalString,
    BOT_TENANT_ID: optionalString,
    BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).default('SingleTenant')),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
    CACHE_DIR: optionalString,
    SENTENCE_ENCODER: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
    DATABASE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    POLICY_FILES: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined),
      z.array(z.string()).min(1).default([BUNDLED_POLICY_PATH]),
    ),
    MAX_BODY_BYTES: positiveInt(262_144),
    ADMIN_IDS: idList,
    MODERATOR_IDS: idList,
    PSD_IDS: idList,
    ALLOWED_EMAIL_DOMAINS: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() ? value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : undefined),
      z.array(z.string()).default(['staffordshire.police.uk']),
    ),
    DETECTION_CONFIG_FILE: optionalString,
    DETECTION_MIN_CONFIDENCE: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(1).optional()),
    RETENTION_DAYS: positiveInt(90),
    REPORT_SCHEDULE: z.preprocess(emptyToUndefined, z.string().default('0 8 * * 1')),
    PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
    DOWNLOAD_LINK_SECRET: optionalString,
    DOWNLOAD_LINK_TTL_MINUTES: positiveInt(15),
    OUTBOX_POLL_MS: positiveInt(500),
    SETTINGS_CACHE_MS: nonNegativeInt(2000),
    INSTANCE_ID: optionalString,
    SAMPLING_KEY: optionalString,
    MEMBERSHIP_CHECK_SCHEDULE: z.preprocess(emptyToUndefined, z.string().default('15 6 * * *').refine(isCron, 'must be a cron expression, e.g. "15 6 * * *" (daily at 06:15)')),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_ID && env.BOT_TYPE !== 'UserAssignedMSI' && !env.BOT_PASSWORD) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['BOT_PASSWORD'], message: 'is required when BOT_ID is set (except for BOT_TYPE=UserAssignedMSI)' });
    }
    if (env.BOT_ID && env.BOT_TYPE !== 'MultiTenant' && !env.BOT_TENANT_ID) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['BOT_TENANT_ID'], message: `is required when BOT_ID is set and BOT_TYPE is ${env.BOT_TYPE}` });
    }
    if (env.SAMPLING_KEY && env.SAMPLING_KEY.length < 32) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['SAMPLING_KEY'], message: 'must be at least 32 characters' });
    }
    if (env.BOT_ID && env.DOWNLOAD_LINK_SECRET && env.DOWNLOAD_LINK_SECRET.length < 32) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['DOWNLOAD_LINK_SECRET'], message: 'must be at least 32 characters' });
    }
  });

export type Env = z.infer<typeof envSchema>;
