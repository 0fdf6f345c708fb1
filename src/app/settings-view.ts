import type { SettingsView } from '../cards/settings-card';
import { loadMembershipSettings } from '../membership/membership-settings';
import type { BootstrapRoles } from '../moderation/roles';
import { loadModerationSettingsView } from '../moderation/settings-view';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';

/**
 * Everything the admins' settings card shows, read in one place. Composed here because it spans
 * moderation and membership, and membership already depends on moderation.
 */
export async function loadSettingsView(store: Store, clock: Clock, bootstrap: BootstrapRoles): Promise<SettingsView> {
  const [moderation, membership] = await Promise.all([loadModerationSettingsView(store, clock, bootstrap), loadMembershipSettings(store)]);
  return { ...moderation, membership };
}
