import { FINDING_TYPES, type Scanner } from '../detection';
import type { SettingsRepo } from '../ports/settings-repo';
import { DETECTOR_SETTINGS_KEY, type DetectorToggles } from './channel-settings';

export interface ScannerProvider {
  /** The scanner for the current admin toggles. Reads one setting per call; rebuilds only on change. */
  current(): Promise<Scanner>;
  readonly detectorTypes: readonly string[];
}

/**
 * Admins switch detector types on and off in Teams; the toggles live in the store so every
 * instance sees them. `build` turns the toggles into a configured scanner.
 */
export function createScannerProvider(settings: SettingsRepo, build: (disabledTypes: string[]) => Scanner): ScannerProvider {
  let cachedKey: string | undefined;
  let cached: Scanner | undefined;
  return {
    detectorTypes: FINDING_TYPES,
    async current() {
      const toggles = (await settings.get<DetectorToggles>(DETECTOR_SETTINGS_KEY)) ?? {};
      const disabled = Object.entries(toggles).filter(([, enabled]) => !enabled).map(([type]) => type).sort();
      const key = disabled.join(',');
      if (!cached || key !== cachedKey) {
        cached = build(disabled);
        cachedKey = key;
      }
      return cached;
    },
  };
}
