import { z } from 'zod';

/**
 * The shape of the activities the bot relies on, checked at the edge. Fields the bot does not use are
 * passed through untouched; fields it does use are validated so a malformed activity gets a 400
 * instead of a crash deep inside a handler.
 */
const account = z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional(), role: z.string().optional() }).passthrough();

export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    from: account,
    recipient: account,
    conversation: z.object({ id: z.string().min(1).max(1024), conversationType: z.string().optional(), tenantId: z.string().optional(), isGroup: z.boolean().optional() }).passthrough(),
    text: z.string().max(100_000).optional(),
    attachments: z.array(z.object({ contentType: z.string().max(256) }).passthrough()).max(100).optional(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).max(200).optional(),
    channelData: z.record(z.unknown()).optional(),
    name: z.string().max(256).optional(),
    value: z.unknown().optional(),
    /** ISO time the post was sent or edited: part of an edit's redelivery key. */
    timestamp: z.string().max(64).optional(),
    /** conversationUpdate: who was added (the bot itself when it is installed). */
    membersAdded: z.array(account).optional(),
  })
  .passthrough();

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Teams channel data we read: team, channel, tenant and the message event type for edits and deletions. */
export const teamsChannelDataSchema = z
  .object({
    team: z.object({ id: z.string(), name: z.string().optional(), aadGroupId: z.string().optional() }).passthrough().optional(),
    channel: z.object({ id: z.string(), name: z.string().optional() }).passthrough().optional(),
    tenant: z.object({ id: z.string() }).passthrough().optional(),
    eventType: z.string().optional(),
    teamsTeamId: z.string().optional(),
    teamsChannelId: z.string().optional(),
  })
  .passthrough();

export type TeamsChannelData = z.infer<typeof teamsChannelDataSchema>;

/** Several handlers read the same turn's channel data: parse each object once. */
const parsedChannelData = new WeakMap<object, TeamsChannelData>();

export function readChannelData(channelData: unknown): TeamsChannelData {
  const key = typeof channelData === 'object' && channelData !== null ? channelData : undefined;
  const known = key && parsedChannelData.get(key);
  if (known) return known;
  const parsed = teamsChannelDataSchema.safeParse(channelData ?? {});
  const result = parsed.success ? parsed.data : {};
  if (key) parsedChannelData.set(key, result);
  return result;
}

export const mentionEntitySchema = z.object({
  type: z.literal('mention'),
  mentioned: z.object({ id: z.string(), name: z.string().optional() }).passthrough(),
  text: z.string().optional(),
});
