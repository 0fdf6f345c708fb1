import { FINDING_TYPES } from '../detection';
import type { SettingsView } from '../moderation/settings-view';
import { settingsDipSamplingSection } from './settings-dip-sampling';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';

function channelLine(label: string, setting: SettingsView['moderatorsChannel']): [string, string] {
  return [label, setting ? plainText(setting.name) : 'Not set: use "set moderators" / "set psd" in the channel'];
}

function toggleRow(type: string, enabled: boolean): CardElement {
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: [paragraph(`${type.replace(/_/g, ' ')}: ${enabled ? 'On' : 'Off'}`)] },
      { type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [executeAction(enabled ? 'Turn off' : 'Turn on', 'settings.detector', { detectorType: type, enabled: !enabled })] }] },
    ],
  };
}

/** The admin settings card. Role holders are shown by name where known, else by a shortened id. */
export function settingsCard(view: SettingsView): AdaptiveCard {
  const watched: CardElement[] = view.watched.length
    ? view.watched.map((channel) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(plainText(channel.name))] },
          { type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [executeAction('Unwatch', 'settings.unwatch', { channelId: channel.channelId }, 'destructive')] }] },
        ],
      }))
    : [subtle('No channels are watched yet. @mention me with "watch" in a channel to start.')];
  const roles = view.roleHolders.map((holder) => [holder.role, `${holder.name ? plainText(holder.name) : `${holder.userId.slice(0, 8)}…`} (${holder.source})`] as [string, string]);
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
      ...FINDING_TYPES.map((type) => toggleRow(type, view.detectorToggles[type] ?? true)),
      ...settingsDipSamplingSection(view),
      heading('Delivery health'),
      facts(delivery),
      ...view.recentFailures.map((failure) => subtle(`Failed #${failure.id} (${failure.purpose}): ${plainText(failure.reason)}`)),
    ],
    { actions: [executeAction('Refresh', 'settings.refresh')], fallbackText: `Watching ${view.watched.length} channel(s). Delivery: ${view.delivery.pending} pending, ${view.delivery.failed} failed.` },
  );
}
