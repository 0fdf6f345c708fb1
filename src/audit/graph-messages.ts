/**
 * Microsoft Graph channel messages (chatMessage resources, as `GET /teams/{id}/channels/{id}/messages`
 * and `.../replies` return them: pages of `{ "value": [...] }`) to audit values. Graph returns
 * the current version of each message only; a deleted one keeps its id with deletedDateTime set.
 */
import type { AttachmentInput } from '../detection';
import type { ExportMessage, ReadItem } from './audit-types';
import { normaliseTimestamp } from './export-dates';
import { htmlToText } from './html-text';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The messages of one page: `{ value: [...] }`, or a bare array (some export tools write that). */
export function messagesOfPage(page: unknown): unknown[] | undefined {
  if (Array.isArray(page)) return page;
  if (isObject(page) && Array.isArray(page.value)) return page.value;
  if (isObject(page) && typeof page.id === 'string' && 'body' in page) return [page];
  return undefined;
}

export function graphReadItem(raw: unknown, where: string, seq: number, channelName?: string): ReadItem {
  if (!isObject(raw)) return { kind: 'malformed', row: { where, reason: 'not a JSON object' } };
  const id = str(raw.id);
  if (!id) return { kind: 'malformed', row: { where, reason: 'no message id' } };
  if (raw.deletedDateTime) return { kind: 'skipped', reason: 'deleted', id, seq };
  const type = str(raw.messageType) || 'message';
  if (type !== 'message') return { kind: 'skipped', reason: 'system', id, seq };
  const body = isObject(raw.body) ? raw.body : {};
  const content = str(body.content);
  const isHtml = str(body.contentType).toLowerCase() === 'html';
  const channel = isObject(raw.channelIdentity) ? raw.channelIdentity : {};
  const from = isObject(raw.from) ? raw.from : {};
  const user = isObject(from.user) ? from.user : isObject(from.application) ? from.application : {};
  const subject = str(raw.subject).trim();
  const text = isHtml ? htmlToText(content) : content;
  const channelId = str(channel.channelId) || str(raw.chatId) || 'unknown';
  const message: ExportMessage = {
    seq,
    where,
    id,
    threadId: str(raw.replyToId) || id,
    groupId: channelId,
    groupName: channelName || channelId,
    senderId: str(user.id),
    senderName: str(user.displayName) || undefined,
    createdAt: normaliseTimestamp(str(raw.createdDateTime)),
    text: subject ? `${subject}\n${text}` : text,
    link: str(raw.webUrl) || undefined,
  };
  if (isHtml) message.html = content;
  const attachments = Array.isArray(raw.attachments) ? raw.attachments.filter(isObject).map(toAttachment) : [];
  if (attachments.length > 0) message.attachments = attachments;
  return { kind: 'message', message };
}

function toAttachment(a: Json): AttachmentInput {
  const out: AttachmentInput & { id?: string } = { contentType: str(a.contentType) };
  if (str(a.id)) out.id = str(a.id);
  if (str(a.name)) out.name = str(a.name);
  if (str(a.contentUrl)) out.contentUrl = str(a.contentUrl);
  return out;
}
