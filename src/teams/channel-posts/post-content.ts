import type { AttachmentInput, PostInput } from '../../detection';
import type { InboundActivity } from '../activity-schema';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * What the detection engine needs from a Teams message: its plain text, the HTML body (where
 * pasted images and <attachment> tags live) and the attachments. Card attachments are left out.
 * The schema checks each attachment's contentType; its other fields are read only when they are text.
 */
export function postInputOf(activity: Pick<InboundActivity, 'text' | 'attachments'>): PostInput {
  const attachments = activity.attachments ?? [];
  const html = text(attachments.find((a) => a.contentType === 'text/html' && typeof a.content === 'string')?.content);
  const files: AttachmentInput[] = attachments
    .filter((a) => a.contentType !== 'text/html' && !a.contentType.startsWith('application/vnd.microsoft.card.'))
    .map((a) => ({ contentType: a.contentType, name: text(a.name), contentUrl: text(a.contentUrl), content: a.content }));
  const plain = (activity.text ?? '').replace(/<at[^>]*>([^<]*)<\/at>/gi, '$1');
  return { text: plain, html, attachments: files };
}

export function fileNamesOf(post: PostInput): string[] {
  return (post.attachments ?? []).map((a) => a.name).filter((name): name is string => Boolean(name));
}

/**
 * A link that opens the post in Teams. The documented format needs the team's group id, which
 * channel data carries as aadGroupId when Teams sends it.
 */
export function deepLinkOf(input: { channelId: string; messageId: string; tenantId?: string; groupId?: string; parentMessageId?: string; channelName?: string; teamName?: string }): string {
  const params = new URLSearchParams();
  if (input.tenantId) params.set('tenantId', input.tenantId);
  if (input.groupId) params.set('groupId', input.groupId);
  params.set('parentMessageId', input.parentMessageId ?? input.messageId);
  if (input.teamName) params.set('teamName', input.teamName);
  if (input.channelName) params.set('channelName', input.channelName);
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(input.channelId)}/${encodeURIComponent(input.messageId)}?${params.toString()}`;
}
