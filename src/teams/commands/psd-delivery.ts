import type { BotActivity } from '../../ports/messenger';
import { PSD_CHANNEL_KEY, type ChannelSetting } from '../../moderation/channel-settings';
import type { ConversationRef } from '../../ports/messenger';
import type { OutboxRepo } from '../../ports/outbox-repo';
import type { SettingsRepo } from '../../ports/settings-repo';
import type { KickDispatcher } from '../route-deps';
import type { CommandContext } from './command-context';

export const SENT_PRIVATELY = "I've sent it to you privately.";

/** What PSD-only delivery uses: the PSD channel setting, and the outbox for the private copy. */
export interface PsdDeliveryDeps {
  readonly store: { readonly settings: SettingsRepo; readonly outbox: OutboxRepo };
  readonly kickDispatcher: KickDispatcher;
}

/**
 * PSD material (reports, exports, flag histories) is shown only in the PSD channel or in the
 * requester's 1:1 chat with the bot. Anywhere else it goes to that 1:1 chat instead.
 */
export type PsdPlace = 'personal' | 'psd_channel' | 'elsewhere';

export async function psdPlaceOf(ctx: CommandContext<CommandContext['command'], PsdDeliveryDeps>): Promise<PsdPlace> {
  if (ctx.place.conversationType === 'personal') return 'personal';
  const psd = await ctx.deps.store.settings.get<ChannelSetting>(PSD_CHANNEL_KEY);
  return psd && ctx.place.channelId && psd.channelId === ctx.place.channelId ? 'psd_channel' : 'elsewhere';
}

/** The requester's 1:1 chat; an empty conversationId is opened on first delivery (personal-chat-messenger). */
function requesterChat(ctx: CommandContext): ConversationRef {
  const activity = ctx.activity;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: '',
    channelId: activity.channelId,
    tenantId: ctx.place.tenantId,
    botId: activity.recipient?.id,
    userId: activity.from.id,
    userAadObjectId: ctx.actor.aadObjectId,
    conversationType: 'personal',
  };
}

/** Queues the activity for the requester's 1:1 chat (through the outbox, so it is not lost) and says so where they asked. */
export async function sendPrivately(ctx: CommandContext<CommandContext['command'], PsdDeliveryDeps>, activity: BotActivity, what: string): Promise<void> {
  await ctx.deps.store.outbox.enqueue({ conversationRef: requesterChat(ctx), activity, purpose: 'report', dedupeKey: `psd-private:${what}:${ctx.activity.id ?? ''}` });
  ctx.deps.kickDispatcher();
  await ctx.context.sendActivity(SENT_PRIVATELY);
}
