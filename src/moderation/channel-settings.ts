import type { ConversationRef } from '../ports/messenger';

/** Where flag cards and PSD escalations go; kept in the settings table under these keys. */
export const MODERATORS_CHANNEL_KEY = 'channel.moderators';
export const PSD_CHANNEL_KEY = 'channel.psd';
export const DETECTOR_SETTINGS_KEY = 'detection.types';

export interface ChannelSetting {
  channelId: string;
  teamId: string;
  name: string;
  teamName?: string | null;
  conversationRef: ConversationRef;
  setBy: string;
  setAt: string;
}

/** Per-type on/off chosen by admins in the settings card; types not listed use the configured default. */
export type DetectorToggles = Record<string, boolean>;
