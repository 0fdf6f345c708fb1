import type { Clock } from '../ports/clock';
import type { OutboxHealth } from '../ports/outbox-repo';
import type { Store } from '../ports/store';
import type { WatchedChannel } from '../ports/watched-channels-repo';
import type { RoleAssignment } from './role';
import { DETECTOR_SETTINGS_KEY, MODERATORS_CHANNEL_KEY, PSD_CHANNEL_KEY, type ChannelSetting, type DetectorToggles } from './channel-settings';
import type { BootstrapRoles } from './roles';
import { DEFAULT_OPERATIONAL_HANDLING, OPERATIONAL_HANDLING_KEY, type OperationalHandling } from './operational-settings';
import { CAP_WINDOW_MS, DIP_SAMPLING_KEY, DIP_SAMPLING_OFF, type DipSamplingSettings } from './dip-sample-settings';

/**
 * The moderation part of the admins' settings card. Membership checks add theirs in the composition
 * root (src/app/settings-view.ts), so moderation does not import membership (membership imports moderation).
 */
export interface ModerationSettingsView {
  watched: WatchedChannel[];
  moderatorsChannel?: ChannelSetting;
  psdChannel?: ChannelSetting;
  roleHolders: Array<Pick<RoleAssignment, 'userId' | 'role' | 'name'> & { source: 'configuration' | 'granted' }>;
  detectorToggles: DetectorToggles;
  delivery: OutboxHealth;
  recentFailures: Array<{ id: number; purpose: string; reason: string }>;
  /** Dip-sampling rate and cap, and samples taken in the last 7 days (the cap's window). */
  sampling?: DipSamplingSettings & { lastSevenDays: number };
  /** How live-incident / on-call posts are handled. */
  operational?: OperationalHandling;
}

/** Everything moderation contributes to the admin settings card, read in one place. */
export async function loadModerationSettingsView(store: Store, clock: Clock, bootstrap: BootstrapRoles): Promise<ModerationSettingsView> {
  const [watched, moderatorsChannel, psdChannel, granted, detectorToggles, delivery, failed] = await Promise.all([
    store.watchedChannels.list(),
    store.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY),
    store.settings.get<ChannelSetting>(PSD_CHANNEL_KEY),
    store.roles.list(),
    store.settings.get<DetectorToggles>(DETECTOR_SETTINGS_KEY),
    store.outbox.health(clock.now()),
    store.outbox.listFailed(5),
  ]);
  const [sampling, sampledRecently, operational] = await Promise.all([
    store.settings.get<DipSamplingSettings>(DIP_SAMPLING_KEY),
    store.dipSamples.countSince(new Date(clock.now().getTime() - CAP_WINDOW_MS)),
    store.settings.get<OperationalHandling>(OPERATIONAL_HANDLING_KEY),
  ]);
  const fromConfig = (['admin', 'moderator', 'psd'] as const).flatMap((role) => bootstrap[role].map((userId) => ({ userId, role, name: null, source: 'configuration' as const })));
  return {
    watched,
    moderatorsChannel,
    psdChannel,
    roleHolders: [...fromConfig, ...granted.map((r) => ({ userId: r.userId, role: r.role, name: r.name, source: 'granted' as const }))],
    detectorToggles: detectorToggles ?? {},
    delivery,
    recentFailures: failed.map((item) => ({ id: item.id, purpose: item.purpose, reason: item.lastError ?? 'unknown' })),
    sampling: { ...(sampling ?? DIP_SAMPLING_OFF), lastSevenDays: sampledRecently },
    operational: operational ?? DEFAULT_OPERATIONAL_HANDLING,
  };
}
