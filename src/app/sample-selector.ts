import { createHmac } from 'node:crypto';
import type { SampleSelector } from '../ports/sample-selector';
import type { SettingsRepo } from '../ports/settings-repo';
import { SAMPLING_HMAC_KEY } from '../moderation/dip-sample-settings';

/** 2^48: the first six bytes of the HMAC, read as an integer, divided by this give [0, 1) exactly. */
const SCALE = 2 ** 48;

/** The post's position in [0, 1) under `key`: HMAC-SHA256 of the id, so nobody can steer which posts are picked without the key. */
export function samplePosition(key: string, activityId: string): number {
  return createHmac('sha256', key).update(activityId, 'utf8').digest().readUIntBE(0, 6) / SCALE;
}

/**
 * The key is SAMPLING_KEY when configured; otherwise the random one migration 007 stored in the
 * settings table, which every instance on the same database reads, so they all agree. Read once
 * per process (it never changes after the migration).
 */
export function createSampleSelector(settings: Pick<SettingsRepo, 'get'>, configuredKey?: string): SampleSelector {
  let key: Promise<string> | undefined = configuredKey ? Promise.resolve(configuredKey) : undefined;
  const loadKey = async (): Promise<string> => {
    const stored = await settings.get<string>(SAMPLING_HMAC_KEY);
    if (typeof stored !== 'string' || stored.length < 32) throw new Error('dip-sampling key missing: the database was not migrated (007) and SAMPLING_KEY is not set');
    return stored;
  };
  return {
    async position(activityId) {
      key ??= loadKey().catch((error: unknown) => {
        key = undefined; // a dropped connection must not stick
        throw error;
      });
      return samplePosition(await key, activityId);
    },
  };
}
