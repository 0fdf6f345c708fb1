import { readFileSync } from 'node:fs';
import { createScanner, detectionConfigSchema, type DetectionConfigInput, type Scanner } from '../detection';
import type { Config } from '../config/load-config';
import { ConfigError } from '../errors/app-error';

/**
 * The detection configuration: DETECTION_CONFIG_FILE (JSON: per-type settings, custom patterns)
 * overlaid with the simple env settings. Validated once at start; a bad file stops the bot with a
 * message naming it.
 */
export function detectionConfigFrom(config: Config): DetectionConfigInput {
  let fromFile: Record<string, unknown> = {};
  if (config.detection.configFile) {
    try {
      fromFile = JSON.parse(readFileSync(config.detection.configFile, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`DETECTION_CONFIG_FILE ${config.detection.configFile} could not be read as JSON: ${(error as Error).message}`);
    }
  }
  const merged = {
    ...fromFile,
    allowedEmailDomains: [...config.detection.allowedEmailDomains],
    ...(config.detection.minConfidence !== undefined ? { minConfidence: config.detection.minConfidence } : {}),
  };
  const parsed = detectionConfigSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(`Detection configuration is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return parsed.data as DetectionConfigInput;
}

/** A scanner with some detector types switched off by admins. */
export function scannerWithout(base: DetectionConfigInput, disabledTypes: readonly string[]): Scanner {
  const types: Record<string, unknown> = { ...((base as { types?: Record<string, unknown> }).types ?? {}) };
  for (const type of disabledTypes) types[type] = { ...((types[type] as object | undefined) ?? {}), enabled: false };
  return createScanner({ ...base, types } as DetectionConfigInput);
}
