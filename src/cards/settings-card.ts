import { FINDING_TYPES } from '../detection';
import type { MembershipSettingsView } from '../membership/membership-settings';
import type { ModerationSettingsView } from '../moderation/settings-view';
import { findingLabel } from '../status/finding-labels';
import { placeLabel } from './place-label';
import { settingsDipSamplingSection } from './settings-dip-sampling';
import { settingsMembershipSection } from './settings-membership';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';

/** What the admins' settings card shows: moderation's part, and membership's (partner domains and teams, the last daily roster check). */
export type SettingsView = ModerationSettingsView & { membership?: MembershipSettingsView };

function channelLine(label: string, setting: SettingsView['moderatorsChannel']): [string, string] {
  return [label, setting ? plainText(placeLabel({ channelName: setting.name, teamName: setting.teamName })) : 'Not set: use "set moderators" / "set psd" in the channel'];
}

/** Detector groups as an admin thinks of them; a type not listed here shows under "Other". */
const DETECTOR_GROUPS: Array<{ title: string; types: string[] }> = [
  { title: 'Personal information', types: ['phone', 'email', 'address', 'postcode', 'date_of_birth', 'person_name', 'health', 'nino', 'nhs_number', 'passport', 'driving_licence', 'vehicle_registration', 'bank_account', 'iban', 'payment_card', 'ip_address'] },
  { title: 'Operational information', types: ['crime_reference', 'pnc_id', 'cro_number', 'intelligence_grading', 'protective_marking'] },
  { title: 'Files', types: ['file_upload'] },
];

/** "Phone numbers", "National Insurance numbers": the detector's name as a person would say it. */
export function detectorName(type: string): string {
  const label = findingLabel(type).replace(/^(a|an) /, '').replace(/^someone's name$/, 'names of people').replace(/^a file$/, 'uploaded files');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function toggleRow(type: string, enabled: boolean): CardElement {
  const name = detectorName(type);
  // Turning a detector off stops flags for that kind of information: ask first. Turning on needs no confirmation.
  const action = enabled
    ? {
        type: 'Action.ShowCard',
        title: 'Turn off…',
        card: { type: 'AdaptiveCard', body: [paragraph(`Turn off **${name}**? New posts containing it will no longer be flagged. The change is recorded in the audit log.`)], actions: [executeAction(`Yes, turn off`, 'settings.detector', { detectorType: type, enabled: false }, 'destructive')] },
      }
    : executeAction('Turn on', 'settings.detector', { detectorType: type, enabled: true }, 'positive');
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: [paragraph(`${name}: **${enabled ? 'On' : 'Off'}**`, { color: enabled ? 'Default' : 'Warning' })] },
      { type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [action] }] },
    ],
  };
}

function detectorGroups(toggles: Record<string, boolean>): CardElement[] {
  const known = new Set(DETECTOR_GROUPS.flatMap((group) => group.types));
  const groups = [...DETECTOR_GROUPS.map((group) => ({ title: group.title, types: group.types.filter((type) => FINDING_TYPES.includes(type as never)) })), { title: 'Other', types: FINDING_TYPES.filter((type) => !known.has(type)) }];
  return groups.filter((group) => group.types.length).flatMap((group) => [paragraph(`**${group.title}**`, { spacing: 'Medium' }), ...group.types.map((type) => toggleRow(type, toggles[type] ?? true))]);
}

/** The admin settings card. Role holders are shown by name where known, else by a shortened id. */
export function settingsCard(view: SettingsView): AdaptiveCard {
  const watched: CardElement[] = view.watched.length
    ? view.watched.map((channel) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(plainText(placeLabel({ channelName: channel.name, teamName: channel.teamName })))] },
          { type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [executeAction('Unwatch', 'settings.unwatch', { channelId: channel.channelId }, 'destructive')] }] },
        ],
      }))
    : [subtle('No channels are watched yet. @mention me with "watch" in a channel to start.')];
  const roleNames: Record<string, string> = { admin: 'Admin', moderator: 'Moderator', psd: 'Professional Standards' };
  const roles = view.roleHolders.map((holder) => [roleNames[holder.role] ?? holder.role, `${holder.name ? plainText(holder.name) : 'Name not found in this team'} (${holder.source === 'configuration' ? 'set in configuration' : 'granted in Teams'})`] as [string, string]);
  const delivery: Array<[string, string]> = [
    ['Pending', String(view.delivery.pending)],
    ['Sent', String(view.delivery.sent)],
    ['Failed', String(view.delivery.failed)],
    ['Oldest pending', view.delivery.oldestPendingAgeMs === null ? 'none' : `${Math.round(view.delivery.oldestPendingAgeMs / 1000)} s`],
  ];
  return adaptiveCard(
    [
      heading('Policy bot settings', 'Large'),
      heading('Watched channels'),
      ...watched,
      heading('Where cards go'),
      facts([channelLine('Moderators', view.moderatorsChannel), channelLine('Professional Standards', view.psdChannel)]),
      heading('Role holders'),
      roles.length ? facts(roles) : subtle('No roles assigned.'),
      heading('Detectors'),
      ...detectorGroups(view.detectorToggles),
      ...settingsDipSamplingSection(view),
      ...settingsMembershipSection(view.membership),
      heading('Delivery health'),
      facts(delivery),
      ...view.recentFailures.map((failure) => subtle(`Failed #${failure.id} (${failure.purpose}): ${plainText(failure.reason)}`)),
    ],
    { actions: [executeAction('Refresh', 'settings.refresh')], fallbackText: `Watching ${view.watched.length} channel(s). Delivery: ${view.delivery.pending} pending, ${view.delivery.failed} failed.` },
  );
}
