/**
 * Realistic Teams activities, shaped like what Teams sends (see ../shared/examples/teams-channel-message.json).
 * Ids are made up but keep Teams' formats ("29:" users, "28:" bots, "19:...@thread.tacv2" channels).
 */
import { randomUUID } from 'node:crypto';

export const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
export const TENANT_ID = '0f0e0d0c-0000-4000-8000-00000000beef';
export const BOT = { id: '28:00000000-0000-4000-8000-0000000000b0', name: 'Policy Bot' };
export const TEAM_ID = '19:7ea4000000000000000000000000000@thread.tacv2';
export const WATCHED_CHANNEL = '19:c0ffee00000000000000000000000000@thread.tacv2';
export const MODERATORS_CHANNEL = '19:m0d000000000000000000000000000000@thread.tacv2';
export const PSD_CHANNEL = '19:p5d000000000000000000000000000000@thread.tacv2';

export interface TestUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export const users = {
  sam: { id: '29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', name: 'Sam Example', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000a001' },
  admin: { id: '29:1AdminAdminAdminAdminAdminAdmin0001', name: 'Alex Admin', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000ad01' },
  mod: { id: '29:1ModeratorModeratorModerator000001', name: 'Morgan Moderator', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000c001' },
  mod2: { id: '29:1ModeratorModeratorModerator000002', name: 'Riley Moderator', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000c002' },
  psd: { id: '29:1PsdPsdPsdPsdPsdPsdPsdPsdPsdPsd0001', name: 'Pat Standards', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000d001' },
} satisfies Record<string, TestUser>;

let counter = 1732398112345;
export const nextMessageId = () => String(counter++);

function base(user: TestUser) {
  const now = new Date().toISOString();
  return {
    timestamp: now,
    localTimestamp: now,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { ...BOT },
    locale: 'en-GB',
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }] as Array<Record<string, unknown>>,
  };
}

export function personalMessage(text: string, user: TestUser = users.sam) {
  return {
    ...base(user),
    type: 'message',
    id: nextMessageId(),
    textFormat: 'plain',
    text,
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1personal-${user.aadObjectId}` },
    channelData: { tenant: { id: TENANT_ID } },
  };
}

function channelData(channelId: string, channelName: string) {
  return { teamsChannelId: channelId, teamsTeamId: TEAM_ID, channel: { id: channelId, name: channelName }, team: { id: TEAM_ID, name: 'Force Network', aadGroupId: '7ea40000-0000-4000-8000-000000000001' }, tenant: { id: TENANT_ID } };
}

/** A channel post as the RSC permission delivers it (no mention needed). */
export function channelPost(text: string, options: { user?: TestUser; channelId?: string; channelName?: string; attachments?: Array<Record<string, unknown>>; id?: string } = {}) {
  const id = options.id ?? nextMessageId();
  const channelId = options.channelId ?? WATCHED_CHANNEL;
  const html = `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
  return {
    ...base(options.user ?? users.sam),
    type: 'message',
    id,
    textFormat: 'plain',
    text,
    attachments: [{ contentType: 'text/html', content: html }, ...(options.attachments ?? [])],
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: `${channelId};messageid=${id}` },
    channelData: channelData(channelId, options.channelName ?? 'General chat'),
  };
}

/** A channel message that @mentions the bot; Teams puts the <at> tag in the text. */
export function channelMention(text: string, options: { user?: TestUser; channelId?: string; channelName?: string; extraMentions?: TestUser[]; id?: string } = {}) {
  const activity = channelPost(`<at>${BOT.name}</at> ${text}`, options);
  activity.entities.push({ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { ...BOT } });
  for (const user of options.extraMentions ?? []) activity.entities.push({ type: 'mention', text: `<at>${user.name}</at>`, mentioned: { id: user.id, name: user.name } });
  return activity;
}

export function messageUpdate(original: ReturnType<typeof channelPost>, newText: string) {
  return { ...original, type: 'messageUpdate', text: newText, timestamp: new Date(Date.now() + 1000).toISOString(), attachments: [{ contentType: 'text/html', content: `<p>${newText}</p>` }], channelData: { ...original.channelData, eventType: 'editMessage' } };
}

export function messageDelete(original: ReturnType<typeof channelPost>) {
  return { ...original, type: 'messageDelete', text: undefined, attachments: undefined, channelData: { ...original.channelData, eventType: 'softDeleteMessage' } };
}

/** An Action.Execute invoke from a card the bot posted (replyToId = that card's activity id). */
export function cardAction(verb: string, data: Record<string, unknown>, options: { user?: TestUser; channelId?: string; personal?: boolean; replyToId?: string; trigger?: 'manual' | 'automatic' } = {}) {
  const user = options.user ?? users.sam;
  const channelId = options.channelId ?? MODERATORS_CHANNEL;
  return {
    ...base(user),
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:${randomUUID()}`,
    replyToId: options.replyToId ?? '1732398100000',
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: options.trigger ?? 'manual' },
    conversation: options.personal
      ? { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1personal-${user.aadObjectId}` }
      : { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: `${channelId};messageid=1732398100000` },
    channelData: options.personal ? { tenant: { id: TENANT_ID } } : channelData(channelId, 'Moderators'),
  };
}

export function membersAdded(options: { personal?: boolean; user?: TestUser } = {}) {
  const user = options.user ?? users.sam;
  return {
    ...base(user),
    type: 'conversationUpdate',
    id: `f:${randomUUID()}`,
    membersAdded: [{ id: BOT.id }],
    conversation: options.personal ? { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1personal-${user.aadObjectId}` } : { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: WATCHED_CHANNEL },
    channelData: options.personal ? { tenant: { id: TENANT_ID } } : { ...channelData(WATCHED_CHANNEL, 'General chat'), eventType: 'teamMemberAdded' },
  };
}
