import type { Activity } from 'botbuilder';
import type { AttachmentInput, PostInput } from '../../detection';

/**
 * What the detection engine needs from a Teams message: its plain text, the HTML body (where
 * pasted images and <attachment> tags live) and the attachments. Card attachments are left out.
 */
export function postInputOf(activity: Partial<Activity>): PostInput {
  const attachments = (activity.attachments ?? []) as Array<{ contentType?: string; name?: string; contentUrl?: string; content?: unknown }>;
  const html = attachments.find((a) => a.contentType === 'text/html' && typeof a.content === 'string')?.content as string | undefined;
  const files: AttachmentInput[] = attachments
    .filter((a) => typeof a.contentType === 'string' && a.contentType !== 'text/html' && !a.contentType.startsWith('application/vnd.microsoft.card.'))
    .map((a) => ({ contentType: a.contentType as string, name: a.name, contentUrl: a.contentUrl, content: a.content }));
  const text = (activity.text ?? '').replace(/<at[^>]*>([^<]*)<\/at>/gi, '$1');
  return { text, html, attachments: files };
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
